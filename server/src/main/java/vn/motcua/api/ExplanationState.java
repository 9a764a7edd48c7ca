package vn.motcua.api;

/** Which late dossiers the explanations list shows. */
enum ExplanationState {
    /** The caller's to explain: nothing written yet, or the last attempt returned. */
    TO_WRITE,
    /** Attempts waiting for the ruling of the head of unit (their unit's; a manager every unit's). */
    AWAITING_RULING,
    /** Latenesses naming an officer or a unit with no accepted explanation (a head: their unit's). */
    MISSING
}
