package vn.motcua.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.center.CenterTime;

/**
 * The center's working days as the database's calendar has them (weekly hours, holidays, make-up days), from the
 * year's first day to well after its last, so due dates of the last dossiers fall on working days too. Due dates
 * count whole working days at the same time of day, as "N ngày làm việc" reads.
 */
final class HeavyCalendar {

    private final List<LocalDate> days = new ArrayList<>();
    private final Map<DayOfWeek, LocalTime[]> hours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> madeUp;

    HeavyCalendar(LocalDate first, LocalDate last, Map<DayOfWeek, LocalTime[]> hours, Set<LocalDate> holidays,
            Set<LocalDate> madeUp) {
        this.hours = hours;
        this.holidays = holidays;
        this.madeUp = madeUp;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (madeUp.contains(day) || hours.containsKey(day.getDayOfWeek()) && !holidays.contains(day)) {
                days.add(day);
            }
        }
    }

    /** The working days from the first to the last given, in order. */
    List<LocalDate> days() {
        return Collections.unmodifiableList(days);
    }

    LocalDate day(int index) {
        return days.get(Math.min(index, days.size() - 1));
    }

    /** The index of this working day, or of the next one when it is not. */
    int index(LocalDate day) {
        int found = Collections.binarySearch(days, day);
        return found >= 0 ? found : -found - 1;
    }

    LocalTime opens(LocalDate day) {
        return hours.getOrDefault(madeUp.contains(day) ? DayOfWeek.MONDAY : day.getDayOfWeek(),
                hours.values().iterator().next())[0];
    }

    LocalTime closes(LocalDate day) {
        return hours.getOrDefault(madeUp.contains(day) ? DayOfWeek.MONDAY : day.getDayOfWeek(),
                hours.values().iterator().next())[1];
    }

    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(CenterTime.ZONE).toInstant();
    }

    /** The working day {@code days} after the one of {@code index}, at {@code time}. */
    Instant plus(int index, int days, LocalTime time) {
        return at(day(index + days), time);
    }

    boolean holiday(LocalDate day) {
        return holidays.contains(day);
    }
}
