package vn.motcua.feedback;

/** Where feedback stands, as the citizen holding its code reads it: received, answered, or its answer published. */
public enum FeedbackState {
    RECEIVED,
    ANSWERED,
    PUBLISHED;

    public static FeedbackState of(Feedback feedback) {
        return feedback.getPublishedAt().isPresent() ? PUBLISHED
                : feedback.getAnsweredAt().isPresent() ? ANSWERED : RECEIVED;
    }
}
