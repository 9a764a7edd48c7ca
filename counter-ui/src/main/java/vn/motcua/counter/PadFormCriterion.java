package vn.motcua.counter;

import java.util.Locale;

/** The criteria of the province's rating form only the citizen can score (0, 1 or 2), with the form's numbers. */
public enum PadFormCriterion {
    PUBLICITY(6), ATTITUDE(7), COMPLAINTS(8);

    private final int number;

    PadFormCriterion(int number) {
        this.number = number;
    }

    /** The criterion's number on the province's form. */
    public int number() {
        return number;
    }

    /** The i18n key of the criterion's label. */
    public String labelKey() {
        return "pad.form.criterion." + name().toLowerCase(Locale.ROOT);
    }

    /** The CSS class of the criterion's row: {@code criterion-publicity}. */
    public String className() {
        return "criterion-" + name().toLowerCase(Locale.ROOT);
    }
}
