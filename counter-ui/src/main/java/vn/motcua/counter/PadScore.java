package vn.motcua.counter;

import java.util.Locale;

/** The faces a rating pad can show, best first; the center's scale picks 3, 4 or all 5 of them. */
public enum PadScore {
    VERY_SATISFIED, SATISFIED, NEUTRAL, UNSATISFIED, VERY_UNSATISFIED;

    /** The i18n key of the face's label. */
    public String labelKey() {
        return "pad.score." + name().toLowerCase(Locale.ROOT);
    }

    /** The name of the face's picture and CSS class: {@code very-satisfied}. */
    public String faceName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
