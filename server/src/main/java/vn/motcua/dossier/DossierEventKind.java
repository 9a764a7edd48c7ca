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
    RETURNED,
    /** Received here at a counter: the code given, the due date computed, the papers ticked. */
    RECEIVED,
    /** Handed from one officer to another (Mẫu 06), with that step's due time. */
    HANDED_OFF,
    /** The citizen was asked to supplement (Mẫu 02): the clock stopped. */
    SUPPLEMENT_ASKED,
    /** The head of unit ruled a request after the first justified or not. */
    SUPPLEMENT_RULED,
    /** The citizen supplemented: the clock restarted and the due date moved. */
    SUPPLEMENT_RECEIVED,
    /** Handling ended: approved, refused (Mẫu 03) or withdrawn. */
    RESULT_RECORDED,
    /** The citizen answered the province's rating form at return. */
    RATING_FORM_ANSWERED,
    /** A due time (the dossier's or a step's) came within the warning hours: the holder was warned. */
    WARNED,
    /** Found late, on the holder's and their head of unit's names. */
    LATE,
    /** The responsible officer explained the lateness (giải trình). */
    EXPLAINED,
    /** The head of unit accepted the explanation or returned it. */
    EXPLANATION_RULED,
    /** An apology with a new appointment (Mẫu 04) was drafted. */
    APOLOGY_DRAFTED,
    /** A leader approved or rejected the apology. */
    APOLOGY_DECIDED,
    /** A violation was put in the register on an officer's name. */
    VIOLATION_RECORDED
}
