package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.internal.TicketRepository;

/**
 * Nobody takes a new number because the day ended (seed 002): at closing time, tickets still waiting move to
 * the next working day with their number and are called first. It also catches up after a server that was
 * down at closing time, and running it twice changes nothing.
 */
@Service
public class CarryOver {

    private static final Logger log = LoggerFactory.getLogger(CarryOver.class);

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final WorkingCalendar calendar;
    private final CenterTime time;

    CarryOver(TicketRepository tickets, TicketHistory history, WorkingCalendar calendar, CenterTime time) {
        this.tickets = tickets;
        this.history = history;
        this.calendar = calendar;
        this.time = time;
    }

    /** Carries what is due at this moment; returns the tickets carried. */
    @Transactional
    public List<Ticket> run(Instant now) {
        LocalDate today = time.dayOf(now);
        Optional<Instant> closing = calendar.closingTime(today);
        LocalDate lastClosedDay = closing.isPresent() && !now.isBefore(closing.get()) ? today : today.minusDays(1);
        List<Ticket> due = tickets.waitingOnOrBefore(lastClosedDay);
        if (due.isEmpty()) {
            return due;
        }
        LocalDate next = calendar.nextWorkingDay(lastClosedDay);
        for (Ticket ticket : due) {
            ticket.carryOver(next);
            history.record(ticket, TicketEventKind.CARRIED_OVER, TicketStatus.WAITING, "to " + next);
        }
        log.info("Carried {} waiting tickets over to {}", due.size(), next);
        return due;
    }

    /** Checks every minute, so carry-over happens within a minute of closing time, whatever that day's hours. */
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
