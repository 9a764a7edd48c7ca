package vn.motcua.security;

/** A pairing refused, with the i18n key of the reason to show the admin. */
public class PairingProblem extends RuntimeException {

    private final String messageKey;

    public PairingProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
