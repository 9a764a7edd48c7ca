package vn.motcua.catalogue;

/** An internal step of a procedure, each with its share of the legal time. */
public enum StepKind {
    /** Tiếp nhận at the counter. */
    RECEPTION,
    /** Thẩm định by the unit in charge. */
    APPRAISAL,
    /** A leader's signature (ký duyệt). */
    SIGNATURE,
    /** Trả kết quả at the counter. */
    RETURN
}
