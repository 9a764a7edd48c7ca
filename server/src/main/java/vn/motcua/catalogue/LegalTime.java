package vn.motcua.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.motcua.i18n.Refusal;

/** A procedure's legal handling time (thời hạn giải quyết): an amount of working days or hours, or the same day. */
@Embeddable
public record LegalTime(
        @Enumerated(EnumType.STRING) @Column(name = "time_unit") LegalTimeUnit unit,
        @Column(name = "time_amount") int amount) {

    public LegalTime {
        if (unit == null) {
            throw new Refusal("problem.procedure.timeMissing", "A legal time needs its unit");
        }
        if (unit == LegalTimeUnit.SAME_DAY ? amount != 0 : amount <= 0) {
            throw new Refusal("problem.procedure.timeInvalid",
                    unit + " " + amount + ": same day takes no amount, days and hours take more than zero");
        }
    }

    public static LegalTime workingDays(int days) {
        return new LegalTime(LegalTimeUnit.WORKING_DAYS, days);
    }

    public static LegalTime workingHours(int hours) {
        return new LegalTime(LegalTimeUnit.WORKING_HOURS, hours);
    }

    public static LegalTime sameDay() {
        return new LegalTime(LegalTimeUnit.SAME_DAY, 0);
    }
}
