package vn.motcua.dossier;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.calendar.WorkingSchedule;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.DayRange;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;

/**
 * The daily overdue list and the weekly count (seeds 002, 004), for a scope: a manager every unit and the unassigned,
 * a head of unit or an officer their unit. Drawn from what the watch recorded ({@link LateDossiers}); the day's list is
 * drawn for today only, as it stands when read, since what was due soon on a past day is not kept.
 */
@Service
@Transactional(readOnly = true)
public class OverdueList {

    public static final int MOST_WEEKS = 52;

    private final LateDossiers lateDossiers;
    private final DossierLatenessRepository latenesses;
    private final Catalogue catalogue;
    private final Officers officers;
    private final Accounts accounts;
    private final WorkingCalendar calendar;
    private final Centers centers;
    private final CenterTime time;

    OverdueList(LateDossiers lateDossiers, DossierLatenessRepository latenesses, Catalogue catalogue,
            Officers officers, Accounts accounts, WorkingCalendar calendar, Centers centers, CenterTime time) {
        this.lateDossiers = lateDossiers;
        this.latenesses = latenesses;
        this.catalogue = catalogue;
        this.officers = officers;
        this.accounts = accounts;
        this.calendar = calendar;
        this.centers = centers;
        this.time = time;
    }

    /** The list for {@code day}, which must be today in the center's time (refused in words otherwise). */
    public OverdueDay of(DossierScope scope, LocalDate day) {
        LocalDate today = time.today();
        if (!today.equals(day)) {
            throw new Refusal("problem.overdue.day", "The overdue list is drawn for today (" + today + "), not " + day,
                    day, today);
        }
        Instant now = time.now();
        LateDossiers.Alerts alerts = lateDossiers.alerts(scope);
        List<AlertLine> late = alerts.late();
        List<AlertLine> dueSoon = alerts.dueSoon();
        List<AlertLine> all = Stream.concat(late.stream(), dueSoon.stream()).toList();
        Spans spans = new Spans(schedule(all, now), now);
        // Names read once for the whole list, not per line or per unit: a year's list names hundreds of dossiers.
        Map<String, String> procedureNames = catalogue.procedureNames(all.stream().map(AlertLine::procedureCode)
                .collect(Collectors.toSet()));
        Map<Optional<Long>, List<OverdueDay.Line>> lateByUnit = new HashMap<>();
        Map<Optional<Long>, List<OverdueDay.Line>> soonByUnit = new HashMap<>();
        for (AlertLine line : late) {
            Optional<Long> unit = line.late().orElseThrow().unitId().or(line::unitId);
            lateByUnit.computeIfAbsent(groupOf(scope, unit), key -> new ArrayList<>())
                    .add(line(line, spans, procedureNames));
        }
        for (AlertLine line : dueSoon) {
            soonByUnit.computeIfAbsent(groupOf(scope, line.unitId()), key -> new ArrayList<>())
                    .add(line(line, spans, procedureNames));
        }
        List<Optional<Long>> units = groupsOf(scope);
        Map<Long, Long> heads = accounts.heads();
        Map<Long, String> headNames = new HashMap<>();
        officers.all(units.stream().flatMap(Optional::stream).map(heads::get).filter(Objects::nonNull).toList())
                .forEach(officer -> headNames.put(officer.getId(), officer.getFullName()));
        List<OverdueDay.Group> groups = new ArrayList<>();
        for (Optional<Long> unit : units) {
            groups.add(new OverdueDay.Group(unit, unit.map(this::unitName).orElse(""),
                    unit.map(heads::get).map(headNames::get),
                    sorted(lateByUnit.getOrDefault(unit, List.of())), sorted(soonByUnit.getOrDefault(unit, List.of()))));
        }
        return new OverdueDay(day, now, groups);
    }

    /** The counts of the last {@code weeks} ISO weeks, this one last; refused in words outside 1..52. */
    public OverdueWeeks weekly(DossierScope scope, int weeks) {
        if (weeks < 1 || weeks > MOST_WEEKS) {
            throw new Refusal("problem.overdue.weeks", "weeks must be 1.." + MOST_WEEKS + ": " + weeks, weeks,
                    MOST_WEEKS);
        }
        return counts(scope, time.today().with(DayOfWeek.MONDAY).minusWeeks(weeks - 1), weeks);
    }

    /**
     * The counts of the ISO weeks that touch {@code month} (the first may start in the month before, the last end in
     * the next), for the monthly file of weekly counts.
     */
    public OverdueWeeks weeksOf(DossierScope scope, YearMonth month) {
        LocalDate firstMonday = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate lastMonday = month.atEndOfMonth().with(DayOfWeek.MONDAY);
        return counts(scope, firstMonday, (int) ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1);
    }

    private OverdueWeeks counts(DossierScope scope, LocalDate firstMonday, int weeks) {
        List<OverdueWeeks.Week> span = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate monday = firstMonday.plusWeeks(week);
            span.add(new OverdueWeeks.Week(monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday));
        }
        DayRange range = DayRange.of(span.getFirst().monday(), span.getLast().sunday());
        Map<Optional<Long>, List<Set<Long>>> dossiers = new LinkedHashMap<>();
        for (Optional<Long> unit : groupsOf(scope)) {
            dossiers.put(unit, Stream.generate(() -> (Set<Long>) new HashSet<Long>()).limit(weeks).toList());
        }
        for (DossierLateness lateness : latenesses.findByCenterIdAndScopeAndFoundAtGreaterThanEqualAndFoundAtLessThan(
                centers.profile().getId(), LateScope.DOSSIER, range.start(), range.end())) {
            List<Set<Long>> row = dossiers.get(lateness.getUnitId());
            if (row != null) {
                LocalDate monday = time.dayOf(lateness.getFoundAt()).with(DayOfWeek.MONDAY);
                row.get((int) ChronoUnit.WEEKS.between(span.getFirst().monday(), monday)).add(lateness.getDossierId());
            }
        }
        List<OverdueWeeks.UnitCounts> units = new ArrayList<>();
        dossiers.forEach((unit, row) -> units.add(new OverdueWeeks.UnitCounts(unit, unit.map(this::unitName).orElse(""),
                row.stream().map(Set::size).toList())));
        return new OverdueWeeks(span, units);
    }

    /** A manager's groups: every unit, then the unassigned; a unit's scope: that unit alone. */
    private List<Optional<Long>> groupsOf(DossierScope scope) {
        if (!scope.allUnits()) {
            return scope.unitId() == null ? List.of() : List.of(Optional.of(scope.unitId()));
        }
        List<Optional<Long>> groups = new ArrayList<>(officers.units().stream().map(Unit::getId).map(Optional::of)
                .toList());
        groups.add(Optional.empty());
        return groups;
    }

    /** Within a unit's scope every line is that unit's (late for it, or in it now); a manager's go where they answer. */
    private static Optional<Long> groupOf(DossierScope scope, Optional<Long> unit) {
        return scope.allUnits() ? unit : Optional.ofNullable(scope.unitId());
    }

    private OverdueDay.Line line(AlertLine line, Spans spans, Map<String, String> procedureNames) {
        Optional<String> procedure = Optional.ofNullable(procedureNames.get(line.procedureCode()));
        return new OverdueDay.Line(line.code(), line.procedureCode(), procedure, line.status(), line.scope(),
                line.step(), line.dueAt(), line.holderName(), line.heldSince(), line.heldSince().map(spans::since),
                line.late().map(late -> spans.since(line.dueAt())), line.late().flatMap(AlertLine.Late::officerName),
                line.late().flatMap(AlertLine.Late::headName), line.newAppointmentAt(), line.unitName());
    }

    /** Late lines the longest late first (the earliest due); due-soon lines the soonest due first: the same order. */
    private static List<OverdueDay.Line> sorted(List<OverdueDay.Line> lines) {
        return lines.stream().sorted(Comparator.comparing(OverdueDay.Line::dueAt).thenComparing(OverdueDay.Line::code)
                .thenComparing(line -> line.scope().ordinal())).toList();
    }

    private String unitName(long unitId) {
        return officers.unit(unitId).map(Unit::getName).orElse("");
    }

    /** The calendar read once, from the earliest moment any line counts from to now. */
    private WorkingSchedule schedule(List<AlertLine> lines, Instant now) {
        LocalDate first = lines.stream().flatMap(line -> Stream.concat(line.heldSince().stream(),
                Stream.of(line.dueAt()))).min(Comparator.naturalOrder()).map(time::dayOf).orElse(time.dayOf(now));
        LocalDate today = time.dayOf(now);
        return calendar.schedule(first.isAfter(today) ? today : first, today);
    }

    /** Working time from a moment until now, in whole working days and the rest. */
    private record Spans(WorkingSchedule schedule, Instant now) {

        WorkingSpan since(Instant from) {
            if (!from.isBefore(now)) {
                return WorkingSpan.NONE;
            }
            int days = 0;
            Duration rest = Duration.ZERO;
            for (LocalDate day = from.atZone(CenterTime.ZONE).toLocalDate();
                    !day.isAfter(now.atZone(CenterTime.ZONE).toLocalDate()); day = day.plusDays(1)) {
                Optional<WorkingHours> hours = schedule.hours(day);
                if (hours.isEmpty()) {
                    continue;
                }
                Instant opens = hours.get().opensOn(day);
                Instant closes = hours.get().closesOn(day);
                if (!from.isAfter(opens) && !now.isBefore(closes)) {
                    days++;
                } else {
                    Instant start = from.isAfter(opens) ? from : opens;
                    Instant end = now.isBefore(closes) ? now : closes;
                    if (start.isBefore(end)) {
                        rest = rest.plus(Duration.between(start, end));
                    }
                }
            }
            return new WorkingSpan(schedule.workingTimeBetween(from, now), days, rest);
        }
    }
}
