package vn.motcua.dossier;

/** What a warning or a lateness is about: the dossier's own due time, or one hand-off step's. */
public enum LateScope {
    DOSSIER,
    STEP
}
