package vn.motcua.dossier;

/** What happened to a dossier; each kind is one append-only row naming who did it. */
public enum DossierEventKind {
    /** First seen in the province's dossier log. */
    IMPORTED,
    /** A newer province log changed it (the detail says what). */
    UPDATED_FROM_PROVINCE,
    /** The province's appointment date differs from the one computed on the working calendar. */
    DUE_DATE_DIFFERS,
    /** A visit (ticket) was linked to it at a counter. */
    VISIT_LINKED,
    /** The result was handed to the citizen at a counter. */
    RETURNED
}
