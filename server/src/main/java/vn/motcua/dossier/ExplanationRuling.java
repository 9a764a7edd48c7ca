package vn.motcua.dossier;

/** The head of unit's answer to an explanation. */
public enum ExplanationRuling {
    ACCEPTED,
    /** Sent back with a comment: the officer writes it again. */
    RETURNED
}
