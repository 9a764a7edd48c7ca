package vn.motcua.feedback;

/** Feedback goes to the unit concerned and may be published; a denunciation goes to the chairperson, and never out. */
public enum FeedbackKind {
    FEEDBACK,
    /** An officer asked for money: the chairperson (or the inspector the center names) handles it, in confidence. */
    DENUNCIATION
}
