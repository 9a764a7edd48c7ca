package vn.motcua.dossier;

/** Why a visitor came to the counter about a dossier. */
public enum VisitPurpose {
    /** To submit it (nộp hồ sơ). */
    SUBMISSION,
    /** To ask how it stands (hỏi tiến độ). */
    ENQUIRY,
    /** To bring what was missing (bổ sung). */
    SUPPLEMENT,
    /** To collect the result (nhận kết quả): the dossier is returned. */
    COLLECTION
}
