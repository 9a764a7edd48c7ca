package vn.motcua.dossier;

/** Why a dossier went late, as the responsible officer explains it (giải trình). */
public enum LateReason {
    /** The citizen supplemented late. */
    SUPPLEMENT_LATE,
    /** Another agency answered late. */
    OTHER_AGENCY_LATE,
    /** The system failed. */
    SYSTEM_FAULT,
    /** The officer's own fault: a violation once the head accepts it. */
    OWN_FAULT,
    OTHER
}
