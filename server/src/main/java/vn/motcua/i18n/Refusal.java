package vn.motcua.i18n;

/**
 * A request the application will not carry out, with the i18n key of the reason a person reads (the queue's,
 * the calendar's, an admin's); the detail is for logs and tests. The one refusal type of the server: the API turns
 * it into problem+json, the screens into words on the screen.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;

    public Refusal(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** A refusal whose key is also its detail. */
    public Refusal(String messageKey) {
        this(messageKey, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }
}
