package vn.motcua.dossier;

/** Where an apology (Mẫu 04) stands: drafted, then approved or rejected by a leader. */
public enum ApologyState {
    DRAFT,
    APPROVED,
    REJECTED
}
