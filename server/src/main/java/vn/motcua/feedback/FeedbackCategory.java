package vn.motcua.feedback;

/** What a citizen reports; asking for money makes it a denunciation. */
public enum FeedbackCategory {
    ATTITUDE,
    DELAY,
    ASKED_FOR_MONEY,
    WRONG_GUIDANCE,
    FACILITIES,
    OTHER;

    /** The kind this category makes: a report of money asked is a denunciation, whatever channel brought it. */
    public FeedbackKind kind() {
        return this == ASKED_FOR_MONEY ? FeedbackKind.DENUNCIATION : FeedbackKind.FEEDBACK;
    }
}
