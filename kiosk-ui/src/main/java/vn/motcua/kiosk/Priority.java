package vn.motcua.kiosk;

import java.util.Locale;

/** The priority a visitor claims at the kiosk (seed 002); the same names as the server's PriorityCategory. */
public enum Priority {
    NONE, ELDERLY, DISABILITY, PREGNANT, WAR_INVALID;

    /** The i18n key of the label shown on the kiosk and the ticket. */
    public String labelKey() {
        return "priority." + key();
    }

    /** The pictogram for visitors who do not read well, from META-INF/resources. */
    String pictogram() {
        return "pictograms/priority-" + key() + ".svg";
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
