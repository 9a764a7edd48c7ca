package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingSchedule;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DossierCutoffs;

/**
 * A dossier's legal due date: its procedure's legal time counted on the center's working calendar from reception.
 * <ul>
 * <li>Working days follow the Civil Code (Art. 147, 148): the day of reception is not counted, the period ends when
 * the last working day's hours end. A dossier received after the passing-on cut-off, after hours or on a day off
 * counts as received on the next working day.</li>
 * <li>Working hours run only while the center is open, from the moment of reception (or the next opening).</li>
 * <li>A same-day procedure is due at closing; received after the same-day cut-off (the leader on duty has stopped
 * signing) or on a day off, at closing of the next working day.</li>
 * </ul>
 * The calendar and cut-offs are read once and kept until an administrator changes them.
 */
@Service
public class DueDates {

    /** How far around today the kept calendar reaches; a dossier outside it reads the calendar for itself. */
    private static final int DAYS_BACK = 730;
    private static final int DAYS_AHEAD = 400;
    /** Past the later of two moments, room for the working time still to run from it (a restarted clock). */
    private static final int MARGIN_DAYS = 120;

    private final WorkingCalendar calendar;
    private final CenterSettings settings;
    private final Clock clock;
    private volatile Rules rules;

    DueDates(WorkingCalendar calendar, CenterSettings settings, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    private record Rules(WorkingSchedule schedule, DossierCutoffs cutoffs) {
    }

    /** When a dossier of a procedure with this legal time, received at that moment, is due. */
    public Instant dueAt(LegalTime time, Instant receivedAt) {
        LocalDate receivedDay = receivedAt.atZone(CenterTime.ZONE).toLocalDate();
        Rules kept = rules();
        WorkingSchedule schedule = kept.schedule();
        // Tết and a long legal time can push the end far out; the kept span must hold all of it.
        LocalDate farthest = receivedDay.plusDays(time.amount() * 2L + 60);
        if (!schedule.covers(receivedDay) || !schedule.covers(farthest)) {
            schedule = calendar.schedule(receivedDay.minusDays(1), farthest.plusDays(DAYS_AHEAD));
        }
        return dueAt(time, receivedAt, schedule, kept.cutoffs());
    }

    /**
     * A step's own due time: its cumulative share of the working time between reception and the due date, so steps
     * that take 40 % of a 5-day procedure are due 2 working days in. A share of 100 % (or more) is the due date.
     */
    public Instant shareOf(Instant receivedAt, Instant dueAt, int cumulativePercent) {
        if (cumulativePercent >= 100) {
            return dueAt;
        }
        WorkingSchedule schedule = scheduleFor(receivedAt, dueAt);
        Duration whole = schedule.workingTimeBetween(receivedAt, dueAt);
        return schedule.plusWorkingTime(receivedAt, whole.multipliedBy(Math.max(0, cumulativePercent)).dividedBy(100));
    }

    /**
     * The due date once the citizen has supplemented: the working time left when the clock stopped now runs from the
     * moment it restarts. A dossier already late when the clock stopped keeps its date: waiting does not excuse it.
     */
    public Instant restarted(Instant dueAt, Instant stoppedAt, Instant restartedAt) {
        if (!stoppedAt.isBefore(dueAt)) {
            return dueAt;
        }
        WorkingSchedule schedule = scheduleFor(stoppedAt, restartedAt.isAfter(dueAt) ? restartedAt : dueAt);
        return schedule.plusWorkingTime(restartedAt, schedule.workingTimeBetween(stoppedAt, dueAt));
    }

    /** The kept schedule when it covers the moments (and a margin past them), else one read for them. */
    private WorkingSchedule scheduleFor(Instant from, Instant to) {
        LocalDate first = from.atZone(CenterTime.ZONE).toLocalDate();
        LocalDate last = to.atZone(CenterTime.ZONE).toLocalDate().plusDays(MARGIN_DAYS);
        WorkingSchedule kept = rules().schedule();
        return kept.covers(first) && kept.covers(last) ? kept : calendar.schedule(first.minusDays(1), last);
    }

    /** The rules themselves, on a calendar read beforehand: what {@link #dueAt(LegalTime, Instant)} applies. */
    static Instant dueAt(LegalTime time, Instant receivedAt, WorkingSchedule schedule, DossierCutoffs cutoffs) {
        ZonedDateTime received = receivedAt.atZone(CenterTime.ZONE);
        LocalDate day = received.toLocalDate();
        LocalTime clockTime = received.toLocalTime();
        return switch (time.unit()) {
            case SAME_DAY -> {
                boolean inTime = schedule.hours(day).filter(hours -> clockTime.isBefore(cutoffs.sameDay())
                        && clockTime.isBefore(hours.closes())).isPresent();
                yield schedule.closingTime(inTime ? day : schedule.nextWorkingDay(day));
            }
            case WORKING_DAYS -> {
                LocalDate counted = countedReceptionDay(day, clockTime, schedule, cutoffs.passedOn());
                for (int n = 0; n < time.amount(); n++) {
                    counted = schedule.nextWorkingDay(counted);
                }
                yield schedule.closingTime(counted);
            }
            case WORKING_HOURS -> schedule.plusWorkingTime(receivedAt, Duration.ofHours(time.amount()));
        };
    }

    /** The working day a dossier counts as received on: that day if in time, else the next working day. */
    private static LocalDate countedReceptionDay(LocalDate day, LocalTime at, WorkingSchedule schedule,
            LocalTime cutoff) {
        boolean inTime = schedule.hours(day).filter(hours -> at.isBefore(cutoff) && at.isBefore(hours.closes()))
                .isPresent();
        return inTime ? day : schedule.nextWorkingDay(day);
    }

    private Rules rules() {
        Rules kept = rules;
        if (kept == null) {
            LocalDate today = clock.instant().atZone(CenterTime.ZONE).toLocalDate();
            kept = new Rules(calendar.schedule(today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD)),
                    settings.dossierCutoffs());
            rules = kept;
        }
        return kept;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void calendarChanged(WorkingCalendar.Changed changed) {
        rules = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void cutoffsChanged(DossierCutoffs changed) {
        rules = null;
    }
}
