package vn.motcua.counter;

import java.util.Locale;

/** Why a visitor was not satisfied, as the pad offers it after a low score. */
public enum PadReason {
    WAITED_LONG, ATTITUDE, UNCLEAR_GUIDANCE, DOCUMENTS_REPEATED, SLOW_SERVICE;

    /** The i18n key of the reason's button. */
    public String labelKey() {
        return "pad.reason." + name().toLowerCase(Locale.ROOT);
    }

    /** The CSS class of the reason's button: {@code reason-waited-long}. */
    public String className() {
        return "reason-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
