package vn.motcua.queue;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.QueueEvents.TicketFinished;

/** Ends the service of the ticket a counter is serving. */
@Service
public class FinishTicket {

    private final CounterRepository counters;
    private final TicketRepository tickets;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    FinishTicket(CounterRepository counters, TicketRepository tickets, CenterTime time,
            ApplicationEventPublisher events) {
        this.counters = counters;
        this.tickets = tickets;
        this.time = time;
        this.events = events;
    }

    /** Finishes the ticket being served at the counter; empty when it was serving none. */
    @Transactional
    public Optional<Ticket> finish(int counterNumber) {
        Counter counter = counters.findByNumber(counterNumber)
                .orElseThrow(() -> new QueueProblem("problem.counter.unknown", "Unknown counter: " + counterNumber));
        return finishCurrent(counter);
    }

    @Transactional
    Optional<Ticket> finishCurrent(Counter counter) {
        Optional<Ticket> current = tickets.findFirstByCounterIdAndStatusOrderByCalledAtDesc(counter.getId(), TicketStatus.CALLED);
        current.ifPresent(ticket -> {
            if (tickets.markDone(ticket.getId(), time.now()) == 1) {
                events.publishEvent(new TicketFinished(ticket.getId(), ticket.getNumber(), counter.getNumber()));
            }
        });
        return current.flatMap(ticket -> tickets.findById(ticket.getId()));
    }
}
