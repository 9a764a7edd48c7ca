package vn.motcua.kiosk;

/** The priority a visitor claims at the kiosk (seed 002). */
public enum Priority {
    NONE, ELDERLY, DISABILITY, PREGNANT, WAR_INVALID;

    /** The i18n key of the label shown on the kiosk and the ticket. */
    public String labelKey() {
        return "priority." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
