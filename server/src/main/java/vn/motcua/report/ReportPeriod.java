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

    /** The quarter (three months from January, April, July or October) that holds {@code anyMonth}. */
    public static ReportPeriod quarter(YearMonth anyMonth) {
        YearMonth first = anyMonth.withMonth((anyMonth.getMonthValue() - 1) / 3 * 3 + 1);
        return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), false);
    }

    /** Whether this is a whole quarter. */
    public boolean isQuarter() {
        return first.getDayOfMonth() == 1 && (first.getMonthValue() - 1) % 3 == 0
                && last.equals(YearMonth.from(first).plusMonths(2).atEndOfMonth());
    }

    /** The period just before, of the same kind: the month, quarter or run of days before this one. */
    public ReportPeriod previous() {
        if (wholeMonth) {
            return month(month().minusMonths(1));
        }
        if (isQuarter()) {
            return quarter(YearMonth.from(first).minusMonths(3));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        return new ReportPeriod(first.minusDays(days), first.minusDays(1), false);
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
