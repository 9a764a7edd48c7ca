package vn.motcua.kiosk;

/** The application would not do what the visitor asked: the i18n key of the reason, and its figures. */
public class KioskRefusal extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public KioskRefusal(String messageKey, String detail, Object... args) {
        super(detail);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
