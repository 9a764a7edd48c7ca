package vn.motcua.report;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;

/**
 * When a visitor's wait started, as boards and reports count it: when the ticket entered the queue it waits in
 * (issued, transferred, back after being absent). A ticket carried over from an earlier day (seed 002) waits
 * from the opening of the day it is on, not overnight.
 */
@Component
class WaitClock {

    private final WorkingCalendar calendar;
    private final CenterTime time;

    WaitClock(WorkingCalendar calendar, CenterTime time) {
        this.calendar = calendar;
        this.time = time;
    }

    /** The start of the wait of a ticket queued at {@code queuedAt}, seen at {@code at} (now, or when it was called). */
    Instant waitStart(Instant queuedAt, Instant at) {
        return time.dayOf(queuedAt).isBefore(time.dayOf(at)) ? carriedOverWaitStart(at) : queuedAt;
    }

    /** Where the wait of a ticket queued on an earlier day starts, on the day of {@code at}: that day's opening. */
    Instant carriedOverWaitStart(Instant at) {
        Instant opening = openingOf(time.dayOf(at));
        return opening.isAfter(at) ? at : opening;
    }

    /** The opening of {@code day}, where the wait of a ticket carried over to it starts (its midnight if none is set). */
    Instant openingOf(LocalDate day) {
        return calendar.openingTime(day).orElse(DayRange.startOf(day));
    }
}
