package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;

/**
 * The administrator's changes to the working calendar, each on the audit trail with old and new value. Days before
 * today are refused: they have been worked or not, and the queue, due dates and reports already read them. Stored due
 * dates stay; dossiers received after a change are counted on the new calendar ({@link WorkingCalendar.Changed}).
 */
@Service
public class CalendarEdits {

    /** The audit record's subject: "calendar MONDAY", "calendar 2027-01-01". */
    static final String SUBJECT = "calendar ";
    private static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final CenterTime time;

    CalendarEdits(WorkingCalendar calendar, AuditTrail audit, CenterTime time) {
        this.calendar = calendar;
        this.audit = audit;
        this.time = time;
    }

    /** What an import would do: the days it adds, those already in the calendar, and the problems of bad lines. */
    public record ImportPreview(List<OfficialDay> added, List<OfficialDay> unchanged, List<ImportProblem> problems) {

        public ImportPreview {
            added = List.copyOf(added);
            unchanged = List.copyOf(unchanged);
            problems = List.copyOf(problems);
        }
    }

    @Transactional
    public void setWeekdayHours(DayOfWeek weekday, WorkingHours hours, Actor by) {
        String old = words(Optional.ofNullable(calendar.weeklyHours().get(weekday)));
        calendar.setWeekdayHours(weekday, hours);
        String now = words(Optional.of(hours));
        if (!old.equals(now)) {
            audit.record(by, AuditAction.CALENDAR_CHANGED, SUBJECT + weekday, old + " → " + now);
        }
    }

    @Transactional
    public void closeWeekday(DayOfWeek weekday, Actor by) {
        Optional<WorkingHours> old = Optional.ofNullable(weekday == null ? null : calendar.weeklyHours().get(weekday));
        calendar.closeWeekday(weekday);
        if (old.isPresent()) {
            audit.record(by, AuditAction.CALENDAR_CHANGED, SUBJECT + weekday, words(old) + " → " + NONE);
        }
    }

    @Transactional
    public SpecialDay addHoliday(LocalDate day, String name, Actor by) {
        requireNotPast(day);
        return recorded(calendar.addHoliday(day, name), by);
    }

    /** A make-up day with a normal weekday's hours (ownHours null) or with hours of its own. */
    @Transactional
    public SpecialDay addMakeUpDay(LocalDate day, String name, WorkingHours ownHours, Actor by) {
        requireNotPast(day);
        return recorded(ownHours == null ? calendar.addMakeUpDay(day, name)
                : calendar.addMakeUpDay(day, name, ownHours), by);
    }

    /** Takes a holiday or make-up day out of the calendar: the day follows the usual week again. */
    @Transactional
    public void remove(LocalDate day, Actor by) {
        requireNotPast(day);
        SpecialDay listed = calendar.specialDays(day, day).stream().findFirst().orElseThrow(() -> new Refusal(
                "problem.calendar.notListed", day + " is not in the calendar", DAY.format(day)));
        if (listed.getKind() == DayKind.HOLIDAY) {
            calendar.removeHoliday(day);
        } else {
            calendar.removeMakeUpDay(day);
        }
        audit.record(by, AuditAction.CALENDAR_CHANGED, SUBJECT + day, words(listed) + " → " + NONE);
    }

    /** Checks a file's days against the calendar without changing it. */
    @Transactional(readOnly = true)
    public ImportPreview preview(OfficialDaysFile.Reading reading) {
        List<OfficialDay> added = new ArrayList<>();
        List<OfficialDay> unchanged = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>(reading.problems());
        if (reading.days().isEmpty()) {
            return new ImportPreview(added, unchanged, problems);
        }
        LocalDate today = time.today();
        List<LocalDate> dates = reading.days().stream().map(OfficialDay::day).sorted().toList();
        Map<LocalDate, SpecialDay> listed = calendar.specialDays(dates.getFirst(), dates.getLast()).stream()
                .collect(Collectors.toMap(SpecialDay::getCalendarDay, Function.identity()));
        Map<DayOfWeek, WorkingHours> week = calendar.weeklyHours();
        for (OfficialDay day : reading.days()) {
            SpecialDay there = listed.get(day.day());
            if (day.day().isBefore(today)) {
                problems.add(ImportProblem.of(day.line(), "calendar-import.past", DAY.format(day.day())));
            } else if (there != null && there.getKind() == day.kind()
                    && there.getOwnHours().equals(Optional.ofNullable(day.ownHours()))) {
                unchanged.add(day);
            } else if (there != null) {
                problems.add(ImportProblem.of(day.line(), "calendar-import.listed", DAY.format(day.day()),
                        there.getName()));
            } else if (day.kind() == DayKind.WORKING && day.ownHours() == null
                    && week.containsKey(day.day().getDayOfWeek())) {
                problems.add(ImportProblem.of(day.line(), "calendar-import.already-working", DAY.format(day.day())));
            } else {
                added.add(day);
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(added, unchanged, problems);
    }

    /** Adds every new day of the file, or none: any bad line refuses the whole import. Returns the days added. */
    @Transactional
    public int importDays(OfficialDaysFile.Reading reading, Actor by) {
        ImportPreview preview = preview(reading);
        if (!preview.problems().isEmpty()) {
            throw new Refusal("calendar-import.refused", preview.problems().size() + " bad lines",
                    preview.problems().size());
        }
        for (OfficialDay day : preview.added()) {
            if (day.kind() == DayKind.HOLIDAY) {
                addHoliday(day.day(), day.name(), by);
            } else {
                addMakeUpDay(day.day(), day.name(), day.ownHours(), by);
            }
        }
        return preview.added().size();
    }

    private SpecialDay recorded(SpecialDay added, Actor by) {
        audit.record(by, AuditAction.CALENDAR_CHANGED, SUBJECT + added.getCalendarDay(), NONE + " → " + words(added));
        return added;
    }

    private void requireNotPast(LocalDate day) {
        if (day != null && day.isBefore(time.today())) {
            throw new Refusal("problem.calendar.dayPast", day + " is in the past", DAY.format(day));
        }
    }

    /** "HOLIDAY Tết Dương lịch", "WORKING Làm bù 08:00–11:30": the kind is a code the audit screen translates. */
    private static String words(SpecialDay day) {
        return day.getKind() + " " + day.getName() + day.getOwnHours().map(hours -> " " + words(Optional.of(hours)))
                .orElse("");
    }

    private static String words(Optional<WorkingHours> hours) {
        return hours.map(open -> open.opens() + "–" + open.closes()).orElse(NONE);
    }
}
