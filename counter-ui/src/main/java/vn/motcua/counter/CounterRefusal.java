package vn.motcua.counter;

/** A refusal of the queue as the counter screens show it: the i18n key of the reason, to translate. */
public class CounterRefusal extends RuntimeException {

    private final String messageKey;

    public CounterRefusal(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
