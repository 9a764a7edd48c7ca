package vn.motcua.counter;

import java.util.Locale;

/** An answer to one of the two questions of the province's rating form. */
public enum PadFormAnswer {
    VERY_SATISFIED, SATISFIED, DISSATISFIED;

    /** The i18n key of the answer's button. */
    public String labelKey() {
        return "pad.form.answer." + name().toLowerCase(Locale.ROOT);
    }

    /** The CSS class of the answer's button: {@code answer-very-satisfied}. */
    public String className() {
        return "answer-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
