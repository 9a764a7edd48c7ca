package vn.motcua.i18n;

/**
 * A request the application will not carry out, with the i18n key of the reason a person reads (the queue's,
 * the calendar's, an admin's); the detail is for logs and tests. The one refusal type of the server: the API turns
 * it into problem+json, the screens into words on the screen.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public Refusal(String messageKey, String detail) {
        this(messageKey, detail, new Object[0]);
    }

    /** A refusal whose sentence names figures of its own (a time, a day), filled into the message's {0}, {1}... */
    public Refusal(String messageKey, String detail, Object... args) {
        super(detail);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** A refusal whose key is also its detail. */
    public Refusal(String messageKey) {
        this(messageKey, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The figures the message names, language-neutral (numbers, dd/MM/yyyy, HH:mm). */
    public Object[] args() {
        return args.clone();
    }
}
