package vn.motcua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;

/** A day or a month of the center's calendar (Asia/Ho_Chi_Minh), from its first day to its last, both included. */
public record ReportPeriod(LocalDate first, LocalDate last, boolean wholeMonth) {

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(day, day, false);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), true);
    }

    /** The month of a whole-month period. */
    public YearMonth month() {
        return YearMonth.from(first);
    }

    /** The first moment of the period. */
    public Instant from() {
        return DayRange.startOf(first);
    }

    /** The first moment after the period. */
    public Instant to() {
        return DayRange.of(first, last).end();
    }
}
