package vn.motcua.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.queue.QueueEvents.TicketCalled;

/**
 * Calls the next waiting ticket to a counter. The ticket is taken with a conditional update, so when
 * two counters race for the same ticket exactly one wins and the other takes the next candidate.
 */
@Service
public class CallNextTicket {

    private static final int CANDIDATES = 8;

    private final CounterRepository counters;
    private final TicketRepository tickets;
    private final FinishTicket finish;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    CallNextTicket(CounterRepository counters, TicketRepository tickets, FinishTicket finish, CenterTime time,
            ApplicationEventPublisher events) {
        this.counters = counters;
        this.tickets = tickets;
        this.finish = finish;
        this.time = time;
        this.events = events;
    }

    /** Finishes the counter's current ticket, if any, and calls the next one; empty when nobody waits. */
    @Transactional
    public Optional<Ticket> callNext(int counterNumber) {
        Counter counter = counters.findByNumber(counterNumber)
                .orElseThrow(() -> new QueueProblem("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Officer officer = counter.getCurrentOfficer();
        if (officer == null) {
            throw new QueueProblem("problem.counter.closed", "Counter " + counterNumber + " has no officer signed in");
        }
        finish.finishCurrent(counter);
        List<Long> serviceIds = counters.servedServiceIds(counter.getId());
        if (serviceIds.isEmpty()) {
            return Optional.empty();
        }
        Instant now = time.now();
        while (true) {
            List<Long> candidates = tickets.nextWaiting(serviceIds, Limit.of(CANDIDATES));
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (Long id : candidates) {
                if (tickets.markCalled(id, counter, officer, now) == 1) {
                    Ticket called = tickets.findById(id).orElseThrow();
                    events.publishEvent(new TicketCalled(id, called.getNumber(), counterNumber, officer.getId()));
                    return Optional.of(called);
                }
            }
        }
    }
}
