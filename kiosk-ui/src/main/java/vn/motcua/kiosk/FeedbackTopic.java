package vn.motcua.kiosk;

/** What a visitor's feedback is about, as the kiosk's form offers it; asking for money is told in confidence. */
public enum FeedbackTopic {
    ATTITUDE,
    DELAY,
    ASKED_FOR_MONEY,
    WRONG_GUIDANCE,
    FACILITIES,
    OTHER;

    /** A report of money asked is a denunciation: it goes to the chairperson, and the visitor is told so. */
    public boolean confidential() {
        return this == ASKED_FOR_MONEY;
    }

    String labelKey() {
        return "kiosk.feedback.topic." + name();
    }
}
