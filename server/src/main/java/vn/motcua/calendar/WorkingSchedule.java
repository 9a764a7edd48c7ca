package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;

/**
 * The working calendar read once for a span of dates: the usual week plus the holidays and make-up days in the span.
 * Pure and immutable, so due dates for a whole import are computed without a query per day. Outside its span it
 * refuses rather than guess, since an unknown holiday would move a legal date.
 */
public final class WorkingSchedule {

    private final Map<DayOfWeek, WorkingHours> week;
    private final Map<LocalDate, SpecialDay> special;
    private final LocalDate first;
    private final LocalDate last;

    WorkingSchedule(Map<DayOfWeek, WorkingHours> week, Map<LocalDate, SpecialDay> special, LocalDate first,
            LocalDate last) {
        this.week = Map.copyOf(week);
        this.special = Map.copyOf(special);
        this.first = first;
        this.last = last;
    }

    /** Whether the schedule knows the day (its span includes it). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The day's hours, or empty when the center is closed that day. */
    public Optional<WorkingHours> hours(LocalDate day) {
        if (!covers(day)) {
            throw new Refusal("problem.calendar.outsideSchedule",
                    day + " is outside the calendar read for " + first + " to " + last);
        }
        return hoursOn(day, week, Optional.ofNullable(special.get(day)));
    }

    /** The first working day strictly after the given one. */
    public LocalDate nextWorkingDay(LocalDate after) {
        return findNextWorkingDay(after).orElseThrow(() -> new Refusal("problem.calendar.noWorkingDay",
                "No working day between " + after + " and " + last + ": the working calendar is misconfigured"
                        + " (no working hours, or holidays covering the whole period)"));
    }

    /** The first working day strictly after the given one, or empty when the schedule's span holds none. */
    public Optional<LocalDate> findNextWorkingDay(LocalDate after) {
        for (LocalDate day = after.plusDays(1); covers(day); day = day.plusDays(1)) {
            if (hours(day).isPresent()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The moment the center closes on a working day. */
    public Instant closingTime(LocalDate workingDay) {
        return hours(workingDay).orElseThrow(() -> new Refusal("problem.calendar.notWorkingDay",
                workingDay + " is not a working day")).closesOn(workingDay);
    }

    /**
     * The end of a period of working days that starts after the given day, counted as the Civil Code counts them: the
     * day itself does not count, and the period ends when the last working day's hours end.
     */
    public Instant endOfWorkingDays(LocalDate after, int days) {
        LocalDate counted = after;
        for (int n = 0; n < days; n++) {
            counted = nextWorkingDay(counted);
        }
        return closingTime(counted);
    }

    /**
     * The moment an amount of working time has passed after the given one, counting only the hours the center is open:
     * time outside them (the evening, a holiday) does not run.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        ZonedDateTime at = from.atZone(CenterTime.ZONE);
        LocalDate day = at.toLocalDate();
        Instant cursor = from;
        Duration left = amount;
        while (true) {
            Optional<WorkingHours> open = hours(day);
            if (open.isPresent()) {
                Instant opens = open.get().opensOn(day);
                Instant closes = open.get().closesOn(day);
                Instant start = cursor.isBefore(opens) ? opens : cursor;
                if (start.isBefore(closes)) {
                    Duration today = Duration.between(start, closes);
                    if (left.compareTo(today) <= 0) {
                        return start.plus(left);
                    }
                    left = left.minus(today);
                }
            }
            day = nextWorkingDay(day);
            cursor = hours(day).orElseThrow().opensOn(day);
        }
    }

    /** The working time between two moments: only the hours the center is open count; zero when to is not later. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(CenterTime.ZONE).toLocalDate();
        LocalDate lastDay = to.atZone(CenterTime.ZONE).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Optional<WorkingHours> open = hours(day);
            if (open.isPresent()) {
                Instant start = later(from, open.get().opensOn(day));
                Instant end = earlier(to, open.get().closesOn(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Optional<WorkingHours> hoursOn(LocalDate day, Map<DayOfWeek, WorkingHours> week,
            Optional<SpecialDay> special) {
        if (special.isEmpty()) {
            return Optional.ofNullable(week.get(day.getDayOfWeek()));
        }
        if (special.get().getKind() == DayKind.HOLIDAY) {
            return Optional.empty();
        }
        return special.get().getOwnHours().or(() -> usualHours(day.getDayOfWeek(), week));
    }

    /**
     * The hours a make-up day without its own keeps: those of its weekday, else of the nearest earlier weekday with
     * hours (Friday's for a Saturday), since the day stands in for a normal working day.
     */
    private static Optional<WorkingHours> usualHours(DayOfWeek weekday, Map<DayOfWeek, WorkingHours> week) {
        for (int back = 0; back < 7; back++) {
            WorkingHours hours = week.get(weekday.minus(back));
            if (hours != null) {
                return Optional.of(hours);
            }
        }
        return Optional.empty();
    }
}
