package vn.motcua.security;

/** A pairing or an account change refused, with the i18n key of the reason to show the admin. */
public class AdminRefusal extends RuntimeException {

    private final String messageKey;

    public AdminRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
