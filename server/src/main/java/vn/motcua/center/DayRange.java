package vn.motcua.center;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The instants of whole local days in the center's zone, from the first moment of {@code first} to the first
 * moment after {@code last}: stored instants are compared with {@code start <= at < end}. The one place a day
 * becomes a range, so a report, a console and the audit trail cut days at the same midnight.
 */
public record DayRange(Instant start, Instant end) {

    /** One local day. */
    public static DayRange of(LocalDate day) {
        return of(day, day);
    }

    /** The local days from {@code first} to {@code last}, both included. */
    public static DayRange of(LocalDate first, LocalDate last) {
        return new DayRange(startOf(first), startOf(last.plusDays(1)));
    }

    /** The first moment of a local day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CenterTime.ZONE).toInstant();
    }
}
