package vn.motcua.counter;

import java.util.Locale;

/** The four buttons of the foundation's rating pad, best first. */
public enum PadScore {
    VERY_SATISFIED, SATISFIED, NEUTRAL, UNSATISFIED;

    /** The i18n key of the button's label. */
    public String labelKey() {
        return "pad.score." + name().toLowerCase(Locale.ROOT);
    }
}
