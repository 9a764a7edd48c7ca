package vn.motcua.queue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;

/** Read-only views of the queue for screens and boards. */
@Service
@Transactional(readOnly = true)
public class QueueSnapshot {

    private final TicketRepository tickets;
    private final CounterRepository counters;
    private final CenterTime time;

    QueueSnapshot(TicketRepository tickets, CounterRepository counters, CenterTime time) {
        this.tickets = tickets;
        this.counters = counters;
        this.time = time;
    }

    /** Waiting tickets per service id; services nobody waits for are absent. */
    public Map<Long, Long> waitingPerService() {
        Map<Long, Long> waiting = new HashMap<>();
        for (Object[] row : tickets.waitingPerService()) {
            waiting.put((Long) row[0], (Long) row[1]);
        }
        return waiting;
    }

    /** How many of the same service will be called before this ticket; 0 once it is called. */
    public long peopleAhead(Ticket ticket) {
        if (ticket.getStatus() != TicketStatus.WAITING) {
            return 0;
        }
        return tickets.countAhead(ticket.getService().getId(), ticket.getPriority().isPriority() ? 0 : 1, ticket.getId());
    }

    /** Tickets waiting for a counter's services, in the order call-next would take them. */
    public List<Ticket> waitingFor(Counter counter) {
        List<Long> serviceIds = counters.servedServiceIds(counter.getId());
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return tickets.findByStatusAndServiceIdInOrderByIssuedAtAscIdAsc(TicketStatus.WAITING, serviceIds).stream()
                .sorted((a, b) -> Boolean.compare(b.getPriority().isPriority(), a.getPriority().isPriority()))
                .toList();
    }

    /** The ticket being served at a counter, if any. */
    public Optional<Ticket> servingAt(Counter counter) {
        return tickets.findFirstByCounterIdAndStatusOrderByCalledAtDesc(counter.getId(), TicketStatus.CALLED);
    }

    /** Today's last calls, newest first. */
    public List<Ticket> lastCalls() {
        return tickets.findTop8ByServiceDayAndCalledAtNotNullOrderByCalledAtDescIdDesc(time.today());
    }

    /** Calls made today per counter id. */
    public Map<Long, Long> callsPerCounterToday() {
        Map<Long, Long> calls = new HashMap<>();
        for (Object[] row : tickets.callsPerCounter(time.today())) {
            calls.put((Long) row[0], (Long) row[1]);
        }
        return calls;
    }
}
