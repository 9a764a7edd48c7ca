package vn.motcua.queue;

/** A request the queue cannot honour, with a reason a person can read (the key of an i18n message). */
public class QueueProblem extends RuntimeException {

    private final String messageKey;

    public QueueProblem(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
