package vn.motcua.dossier;

/** What an officer is held to account for in the register of violations. */
public enum ViolationKind {
    /** Late, and the accepted explanation says it was the officer's own fault. */
    LATE_OWN_FAULT,
    /** A supplement request after the first that the head of unit ruled unjustified. */
    UNJUSTIFIED_SUPPLEMENT,
    /** A new appointment the leader approved without a valid reason. */
    EXTENSION_WITHOUT_REASON,
    /** The dossier was returned to the citizen through the officer's fault. */
    RETURNED_BY_FAULT
}
