package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.DayRange;

/**
 * Whether a ticket taken at a moment is issued, and for which day, from the working calendar: before opening on a
 * working day it is for today (people queue before the doors open); after closing or on a day off there is none,
 * unless the center allows tickets for the next working day. The kiosk's first screen and the issue itself ask the
 * same question, so a kiosk left idle since before closing cannot hand out a ticket that vanishes at carry-over.
 */
@Service
public class IssuingHours {

    private final WorkingCalendar calendar;
    private final Centers centers;
    private final CenterTime time;

    IssuingHours(WorkingCalendar calendar, Centers centers, CenterTime time) {
        this.calendar = calendar;
        this.centers = centers;
        this.time = time;
    }

    /** What the kiosk does at a moment. */
    public enum State {
        /** Open: tickets for today, called now. */
        OPEN,
        /** A working day before opening: tickets for today, called from the opening time. */
        BEFORE_OPENING,
        /** After closing or on a day off, the center allowing it: tickets for the next working day. */
        NEXT_DAY,
        /** After closing on a working day: no ticket. */
        AFTER_HOURS,
        /** A day off: no ticket. */
        DAY_OFF
    }

    /**
     * The answer at a moment: the day a ticket taken now is for (or the next opening day when none is issued; null
     * when the calendar has no working day at all), when that day opens, and the moment the answer may change next.
     */
    public record Issuing(State state, LocalDate day, Instant opensAt, Instant changesAt) {

        public boolean issues() {
            return state == State.OPEN || state == State.BEFORE_OPENING || state == State.NEXT_DAY;
        }
    }

    /** The answer now. */
    @Transactional(readOnly = true)
    public Issuing now() {
        return at(time.now());
    }

    @Transactional(readOnly = true)
    public Issuing at(Instant now) {
        LocalDate today = time.dayOf(now);
        Instant midnight = DayRange.startOf(today.plusDays(1));
        Optional<WorkingHours> hours = calendar.hours(today);
        if (hours.isPresent()) {
            Instant opens = hours.get().opensOn(today);
            Instant closes = hours.get().closesOn(today);
            if (now.isBefore(opens)) {
                return new Issuing(State.BEFORE_OPENING, today, opens, opens);
            }
            if (now.isBefore(closes)) {
                return new Issuing(State.OPEN, today, opens, closes);
            }
        }
        State closed = hours.isPresent() ? State.AFTER_HOURS : State.DAY_OFF;
        // A center not yet set up has no working day: the kiosk says it is closed rather than failing.
        Optional<LocalDate> next = calendar.findNextWorkingDay(today);
        if (next.isEmpty()) {
            return new Issuing(closed, null, null, midnight);
        }
        Instant opensNext = calendar.openingTime(next.get()).orElseThrow();
        boolean nextDayTickets = centers.profile().isNextDayTickets();
        return new Issuing(nextDayTickets ? State.NEXT_DAY : closed, next.get(), opensNext, midnight);
    }
}
