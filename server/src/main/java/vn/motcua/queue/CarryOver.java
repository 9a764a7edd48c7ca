package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.internal.CounterSessionRepository;
import vn.motcua.queue.internal.TicketRepository;

/**
 * The end of the queue's day (seed 002: nobody takes a new number because the day ended). At closing time every
 * ticket still open gets a defined end at the closing instant, recorded in its history: waiting, called but not come,
 * or held while the visitor fetches a paper, it moves to the next working day with its number and is called first;
 * being served, it is finished, on the name of the officer seated then. Counters still open are closed. It catches up
 * after a server that was down at closing time (each ticket ends at its own day's closing), and running it twice
 * changes nothing.
 */
@Service
public class CarryOver {

    private static final Logger log = LoggerFactory.getLogger(CarryOver.class);

    private final TicketRepository tickets;
    private final CounterSessionRepository sessions;
    private final OpenCounter openCounter;
    private final Officers officers;
    private final TicketHistory history;
    private final TicketNumbering numbering;
    private final ReasonWords words;
    private final WorkingCalendar calendar;
    private final CenterTime time;
    /** Set while the calendar has no working day to carry to: said once, not every minute. */
    private final AtomicBoolean noWorkingDayReported = new AtomicBoolean();

    CarryOver(TicketRepository tickets, CounterSessionRepository sessions, OpenCounter openCounter, Officers officers,
            TicketHistory history, ReasonWords words, WorkingCalendar calendar, CenterTime time,
            TicketNumbering numbering) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.openCounter = openCounter;
        this.officers = officers;
        this.history = history;
        this.numbering = numbering;
        this.words = words;
        this.calendar = calendar;
        this.time = time;
    }

    /** Ends what is due at this moment; returns the tickets carried over to the next working day. */
    @Transactional
    public List<Ticket> run(Instant now) {
        LocalDate today = time.dayOf(now);
        Optional<Instant> closing = calendar.closingTime(today);
        LocalDate lastClosedDay = closing.isPresent() && !now.isBefore(closing.get()) ? today : today.minusDays(1);
        Optional<LocalDate> next = calendar.findNextWorkingDay(lastClosedDay);
        if (next.isEmpty()) {
            // A center not set up yet (no working hours): nothing can be carried anywhere, and no day ends.
            if (!noWorkingDayReported.getAndSet(true)) {
                log.warn("No working hours in the calendar for the {} days after {}: the end of the queue's day waits"
                        + " until the administrator sets the working week", WorkingCalendar.LOOK_AHEAD_DAYS,
                        lastClosedDay);
            }
            return List.of();
        }
        noWorkingDayReported.set(false);
        List<Ticket> carried = new ArrayList<>();
        int finished = 0;
        for (Ticket ticket : tickets.openOnOrBefore(lastClosedDay)) {
            LocalDate day = openDay(ticket);
            if (day.isAfter(lastClosedDay)) {
                continue; // queued earlier, but called or served after the last closing: still today's work
            }
            Instant end = latest(closingOf(day), ticket);
            if (ticket.getStatus() == TicketStatus.SERVING) {
                finishAtClosing(ticket, end);
                finished++;
            } else {
                carry(ticket, next.get(), end);
                carried.add(ticket);
            }
        }
        int closed = closeCounters(lastClosedDay, today);
        if (!carried.isEmpty() || finished > 0 || closed > 0) {
            log.info("End of day {}: carried {} tickets over to {}, finished {} being served, closed {} counters",
                    lastClosedDay, carried.size(), next.get(), finished, closed);
        }
        return carried;
    }

    private void carry(Ticket ticket, LocalDate next, Instant at) {
        TicketStatus from = ticket.getStatus();
        Counter counter = ticket.getCounter();
        ticket.carryOver(next);
        numbering.hold(ticket, next);
        history.record(ticket, TicketEventKind.CARRIED_OVER, from, words.carriedOverTo(next), null, counter, at);
    }

    /** The visitor was being served at closing time: their service ends then, not when this job gets to it. */
    private void finishAtClosing(Ticket ticket, Instant at) {
        Officer seated = seatedAt(ticket.getCounter(), at).orElse(ticket.getOfficer());
        ticket.finish(seated, at);
        history.record(ticket, TicketEventKind.FINISHED, TicketStatus.SERVING, words.closedAtEndOfDay(), seated,
                ticket.getCounter(), at);
    }

    private int closeCounters(LocalDate lastClosedDay, LocalDate today) {
        int closed = 0;
        for (CounterSession session : sessions.findByClosedAtIsNullOrderById()) {
            LocalDate day = time.dayOf(session.getOpenedAt());
            if (!day.isAfter(lastClosedDay)) {
                Instant closing = closingOf(day);
                openCounter.closeAtEndOfDay(session, closing.isBefore(session.getOpenedAt()) ? session.getOpenedAt()
                        : closing);
                closed++;
            }
        }
        // Who sits with no session on record cannot be told to have sat since before closing: only after today's closing
        // is every seat known to be over (a morning start must not unseat the demo's counters).
        return lastClosedDay.equals(today) ? closed + openCounter.unseatWithoutSession() : closed;
    }

    private Optional<Officer> seatedAt(Counter counter, Instant at) {
        if (counter == null) {
            return Optional.empty();
        }
        return sessions.seatedAt(counter.getId(), at).stream().findFirst()
                .flatMap(session -> officers.find(session.getOfficerId()));
    }

    /** The day a ticket is open on: the day it queues for, or the later day it was called on. */
    private LocalDate openDay(Ticket ticket) {
        LocalDate day = ticket.getQueueDay();
        if (ticket.getStatus() != TicketStatus.WAITING && ticket.getCalledAt() != null) {
            LocalDate called = time.dayOf(ticket.getCalledAt());
            return called.isAfter(day) ? called : day;
        }
        return day;
    }

    /** When a day ended: its closing time, or its midnight if the calendar says it was no working day. */
    private Instant closingOf(LocalDate day) {
        return calendar.closingTime(day).orElseGet(() -> DayRange.startOf(day.plusDays(1)));
    }

    /** The closing instant, unless the ticket moved after it (a walk-in served after hours): never back in time. */
    private static Instant latest(Instant closing, Ticket ticket) {
        return Stream.of(ticket.getQueuedAt(), ticket.getCalledAt(), ticket.getServedAt())
                .filter(at -> at != null && at.isAfter(closing))
                .max(Instant::compareTo).orElse(closing);
    }

    /** Checks every minute, so the day ends within a minute of closing time, whatever that day's hours. */
    @Component
    @ConditionalOnProperty(name = "motcua.carry-over.scheduled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final CarryOver carryOver;
        private final CenterTime time;

        Schedule(CarryOver carryOver, CenterTime time) {
            this.carryOver = carryOver;
            this.time = time;
        }

        @Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
        void atClosingTime() {
            carryOver.run(time.now());
        }
    }
}
