package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.calendar.internal.SpecialDayRepository;
import vn.motcua.calendar.internal.WeekdayHoursRepository;

/**
 * The center's working calendar (lịch làm việc): which days it opens and when, from the usual week, public
 * holidays and make-up working days; and the administrator's edits to it.
 */
@Service
public class WorkingCalendar {

    /**
     * How far {@link #nextWorkingDay} looks. The longest closure in practice is Tết, about ten days with the
     * weekends; finding nothing in two months means the calendar is misconfigured, and looping on would hide that.
     */
    public static final int LOOK_AHEAD_DAYS = 60;

    private static final int NAME_LENGTH = 200;

    private final WeekdayHoursRepository weekdays;
    private final SpecialDayRepository specialDays;
    private final ApplicationEventPublisher events;

    WorkingCalendar(WeekdayHoursRepository weekdays, SpecialDayRepository specialDays,
            ApplicationEventPublisher events) {
        this.weekdays = weekdays;
        this.specialDays = specialDays;
        this.events = events;
    }

    /** The calendar was edited: whoever keeps a copy of it (due dates) reads it again. */
    public record Changed() {
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return hours(day).isPresent();
    }

    /** The day's hours, or empty when the center is closed that day. */
    @Transactional(readOnly = true)
    public Optional<WorkingHours> hours(LocalDate day) {
        requireDay(day);
        return WorkingSchedule.hoursOn(day, weeklyHours(), specialDays.findByCalendarDay(day));
    }

    /** The first working day strictly after the given day: where tickets still waiting at closing time move to. */
    @Transactional(readOnly = true)
    public LocalDate nextWorkingDay(LocalDate after) {
        return findNextWorkingDay(after).orElseThrow(() -> new Refusal("problem.calendar.noWorkingDay",
                "No working day in the " + LOOK_AHEAD_DAYS + " days after " + after + ": the working calendar is"
                        + " misconfigured (no working hours, or holidays covering the whole period)"));
    }

    /**
     * The first working day strictly after the given day, or empty when none comes within {@link #LOOK_AHEAD_DAYS}
     * (no working hours set yet, or holidays covering the whole period): for a job that must not fail on it.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> findNextWorkingDay(LocalDate after) {
        requireDay(after);
        return schedule(after, after.plusDays(LOOK_AHEAD_DAYS)).findNextWorkingDay(after);
    }

    /** The calendar from one date to another, both included, read once: for computations over many days. */
    @Transactional(readOnly = true)
    public WorkingSchedule schedule(LocalDate from, LocalDate to) {
        requireDay(from);
        requireDay(to);
        Map<LocalDate, SpecialDay> special = specialDays.findByCalendarDayBetweenOrderByCalendarDayAsc(from, to)
                .stream().collect(Collectors.toMap(SpecialDay::getCalendarDay, Function.identity()));
        return new WorkingSchedule(weeklyHours(), special, from, to);
    }

    /**
     * The end of so many working days after the day of a moment (the day itself does not count; the last working
     * day's hours end it): a legal period such as feedback's answer deadline, read on a calendar wide enough for Tết.
     */
    @Transactional(readOnly = true)
    public Instant endOfWorkingDays(Instant from, int days) {
        LocalDate day = from.atZone(CenterTime.ZONE).toLocalDate();
        return schedule(day, day.plusDays(days * 2L + LOOK_AHEAD_DAYS)).endOfWorkingDays(day, days);
    }

    /** The moment the center opens on that day, or empty when it is closed. */
    @Transactional(readOnly = true)
    public Optional<Instant> openingTime(LocalDate day) {
        return hours(day).map(hours -> hours.opensOn(day));
    }

    /** The moment the center closes on that day, or empty when it is closed: when the queue's day ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> closingTime(LocalDate day) {
        return hours(day).map(hours -> hours.closesOn(day));
    }

    /** The usual week, Monday first; a weekday that is missing is a day off. */
    @Transactional(readOnly = true)
    public Map<DayOfWeek, WorkingHours> weeklyHours() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (WeekdayHours row : weekdays.findAllByOrderByIsoWeekdayAsc()) {
            week.put(row.getWeekday(), row.getHours());
        }
        return Collections.unmodifiableMap(week);
    }

    /** Holidays and make-up days from one date to another, both included, in date order. */
    @Transactional(readOnly = true)
    public List<SpecialDay> specialDays(LocalDate from, LocalDate to) {
        requireDay(from);
        requireDay(to);
        return specialDays.findByCalendarDayBetweenOrderByCalendarDayAsc(from, to);
    }

    /** Closes the center on a date, e.g. a public holiday or a day off in exchange (nghỉ bù). */
    @Transactional
    public SpecialDay addHoliday(LocalDate day, String name) {
        return add(new SpecialDay(requireDay(day), DayKind.HOLIDAY, requireName(name), null));
    }

    /** Opens the center on a usual day off (làm bù), with the hours of a normal weekday. */
    @Transactional
    public SpecialDay addMakeUpDay(LocalDate day, String name) {
        requireDay(day);
        Map<DayOfWeek, WorkingHours> week = weeklyHours();
        if (week.containsKey(day.getDayOfWeek())) {
            throw new Refusal("problem.calendar.alreadyWorking", day + " is a " + day.getDayOfWeek()
                    + ", already a working day; give the make-up day its own hours to change that day's hours");
        }
        if (week.isEmpty()) {
            throw new Refusal("problem.calendar.noUsualHours",
                    "No weekday has working hours to copy: give the make-up day on " + day + " its own hours");
        }
        return add(new SpecialDay(day, DayKind.WORKING, requireName(name), null));
    }

    /** Opens the center on a date with hours of its own: a make-up day, or a day with unusual hours. */
    @Transactional
    public SpecialDay addMakeUpDay(LocalDate day, String name, WorkingHours ownHours) {
        if (ownHours == null) {
            throw new Refusal("problem.calendar.hoursMissing", "Both opening and closing time are required");
        }
        return add(new SpecialDay(requireDay(day), DayKind.WORKING, requireName(name), ownHours));
    }

    @Transactional
    public void removeHoliday(LocalDate day) {
        specialDays.delete(existing(day, DayKind.HOLIDAY));
        events.publishEvent(new Changed());
    }

    @Transactional
    public void removeMakeUpDay(LocalDate day) {
        specialDays.delete(existing(day, DayKind.WORKING));
        events.publishEvent(new Changed());
    }

    /** Opens a weekday every week with these hours, or changes its hours. */
    @Transactional
    public void setWeekdayHours(DayOfWeek weekday, WorkingHours hours) {
        if (weekday == null || hours == null) {
            throw new Refusal("problem.calendar.hoursMissing",
                    "A weekday and its opening and closing time are required");
        }
        weekdays.findById(weekday.getValue()).ifPresentOrElse(row -> row.change(hours),
                () -> weekdays.save(new WeekdayHours(weekday, hours)));
        events.publishEvent(new Changed());
    }

    /** Makes a weekday a day off every week. */
    @Transactional
    public void closeWeekday(DayOfWeek weekday) {
        if (weekday == null) {
            throw new Refusal("problem.calendar.weekdayMissing", "A weekday is required");
        }
        Map<DayOfWeek, WorkingHours> week = weeklyHours();
        // A week without any working day leaves nowhere to carry waiting tickets over to.
        if (week.size() == 1 && week.containsKey(weekday)) {
            throw new Refusal("problem.calendar.lastWorkingWeekday",
                    weekday + " is the only working weekday left; the center must open at least one day a week");
        }
        weekdays.findById(weekday.getValue()).ifPresent(weekdays::delete);
        events.publishEvent(new Changed());
    }

    private SpecialDay add(SpecialDay day) {
        specialDays.findByCalendarDay(day.getCalendarDay()).ifPresent(taken -> {
            throw dayTaken(taken);
        });
        try {
            SpecialDay added = specialDays.saveAndFlush(day);
            events.publishEvent(new Changed());
            return added;
        } catch (DataIntegrityViolationException addedMeanwhile) {
            // Two administrators adding the same date at once: the unique date wins, the second gets the same answer.
            throw new Refusal("problem.calendar.dayTaken",
                    day.getCalendarDay() + " is already in the calendar");
        }
    }

    private SpecialDay existing(LocalDate day, DayKind kind) {
        requireDay(day);
        return specialDays.findByCalendarDay(day).filter(found -> found.getKind() == kind)
                .orElseThrow(() -> kind == DayKind.HOLIDAY
                        ? new Refusal("problem.calendar.notHoliday", day + " is not a holiday in the calendar")
                        : new Refusal("problem.calendar.notMakeUpDay",
                                day + " is not a make-up day in the calendar"));
    }

    private static Refusal dayTaken(SpecialDay taken) {
        String what = taken.getKind() == DayKind.HOLIDAY ? "holiday" : "make-up day";
        return new Refusal("problem.calendar.dayTaken", taken.getCalendarDay()
                + " is already in the calendar as " + what + " '" + taken.getName()
                + "'; remove it first to change it");
    }

    private static LocalDate requireDay(LocalDate day) {
        if (day == null) {
            throw new Refusal("problem.calendar.dayMissing", "A date is required");
        }
        return day;
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new Refusal("problem.calendar.nameMissing",
                    "A name is required, e.g. 'Tết Nguyên đán' or 'Làm bù cho ngày 2/1'");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new Refusal("problem.calendar.nameTooLong",
                    "The name has " + trimmed.length() + " characters; at most " + NAME_LENGTH + " fit");
        }
        return trimmed;
    }
}
