package vn.motcua.rating;

/**
 * Why a visitor was not satisfied, as the pad offers it after a low score. The names are stored in
 * {@code rating_reason.reason} and read by the managers' boards: never rename one.
 */
public enum RatingReason {
    WAITED_LONG, ATTITUDE, UNCLEAR_GUIDANCE, DOCUMENTS_REPEATED, SLOW_SERVICE
}
