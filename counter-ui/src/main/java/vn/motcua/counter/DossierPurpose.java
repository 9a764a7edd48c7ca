package vn.motcua.counter;

/** Why the visitor came about a dossier, as the officer picks it on the console. */
public enum DossierPurpose {
    /** Nộp hồ sơ. */
    SUBMISSION,
    /** Hỏi tiến độ. */
    ENQUIRY,
    /** Bổ sung. */
    SUPPLEMENT,
    /** Nhận kết quả: the dossier is handed back. */
    COLLECTION
}
