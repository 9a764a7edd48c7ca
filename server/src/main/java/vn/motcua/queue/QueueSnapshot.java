package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.catalogue.CenterService;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.queue.internal.TicketRepository;

/** Read-only views of the queue for screens, boards and the API. */
@Service
@Transactional(readOnly = true)
public class QueueSnapshot {

    private final TicketRepository tickets;
    private final CounterRepository counters;
    private final WaitEstimate waitEstimate;
    private final CenterTime time;
    private final JdbcClient jdbc;

    QueueSnapshot(TicketRepository tickets, CounterRepository counters, WaitEstimate waitEstimate, CenterTime time,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.counters = counters;
        this.waitEstimate = waitEstimate;
        this.time = time;
    }

    /** Who waits for one service: how many, and since when the longest-waiting one queues. */
    public record Waiting(long count, Instant longestSince) {

        /** A service nobody waits for. */
        public static final Waiting NOBODY = new Waiting(0, null);
    }

    /** Waiting tickets per service id; services nobody waits for are absent (use {@link Waiting#NOBODY}). */
    public Map<Long, Waiting> waitingPerService() {
        return waitingPerService(time.today());
    }

    /**
     * Waiting tickets per service in the queue of a day: that day's, and earlier ones still waiting, which are carried
     * to it and called first. The kiosk counts the next working day's queue when it issues tickets for that day.
     */
    public Map<Long, Waiting> waitingPerService(LocalDate day) {
        Map<Long, Waiting> waiting = new HashMap<>();
        for (Object[] row : tickets.waitingPerService(day)) {
            waiting.put((Long) row[0], new Waiting((Long) row[1], (Instant) row[2]));
        }
        return waiting;
    }

    /** How many of the same service will be called before this ticket; 0 once it is called. */
    public long peopleAhead(Ticket ticket) {
        if (ticket.getStatus() != TicketStatus.WAITING) {
            return 0;
        }
        return tickets.countAhead(ticket.getService().getId(), ticket.getQueueRank(), ticket.getQueuedAt(),
                ticket.getId());
    }

    public WaitEstimate.Estimate estimatedWait(CenterService service, long peopleAhead) {
        return waitEstimate.forService(service, peopleAhead);
    }

    /** Tickets waiting for a counter, in the order call-next would take them (ignoring the priority cap). */
    public List<Ticket> waitingFor(Counter counter) {
        List<Long> serviceIds = counters.servedServiceIds(counter.getId());
        Map<Long, Integer> preference = new HashMap<>();
        for (int i = 0; i < serviceIds.size(); i++) {
            preference.put(serviceIds.get(i), i);
        }
        return tickets.waitingFor(counter.getId(), serviceIds.isEmpty() ? List.of(-1L) : serviceIds, time.today())
                .stream()
                .sorted((a, b) -> a.getQueueRank() != b.getQueueRank() ? Integer.compare(a.getQueueRank(), b.getQueueRank())
                        : Integer.compare(preference.getOrDefault(a.getService().getId(), -1),
                                preference.getOrDefault(b.getService().getId(), -1)))
                .toList();
    }

    /** The ticket a counter is dealing with now, if any. */
    public Optional<Ticket> servingAt(Counter counter) {
        return tickets.currentAt(counter.getId());
    }

    /** Tickets put aside at a counter, the latest first. */
    public List<Ticket> heldAt(Counter counter) {
        return tickets.heldAt(counter.getId());
    }

    /** A ticket as it was called to a counter, with what tells this call from an earlier one of the same ticket. */
    public record Call(long ticketId, String number, int counterNumber, int recalls, Instant calledAt) {
    }

    /** The call of a ticket served at a counter without being called first (a walk-in, a second service). */
    public Optional<Call> call(long ticketId) {
        return tickets.findById(ticketId).filter(ticket -> ticket.getCalledAt() != null && ticket.getCounter() != null)
                .map(ticket -> new Call(ticket.getId(), ticket.getNumber(), ticket.getCounter().getNumber(),
                        ticket.getRecalls(), ticket.getCalledAt()));
    }

    /** Today's last calls, newest first. */
    public List<Ticket> lastCalls() {
        return tickets.findTop8ByQueueDayAndCalledAtNotNullOrderByCalledAtDescIdDesc(time.today());
    }

    /** Calls made today per counter id. */
    public Map<Long, Long> callsPerCounterToday() {
        Map<Long, Long> calls = new HashMap<>();
        for (Object[] row : tickets.callsPerCounter(time.today())) {
            calls.put((Long) row[0], (Long) row[1]);
        }
        return calls;
    }

    /** The last thing that happened to a ticket: tells a ticket transferred to another queue from one returned. */
    public Optional<TicketEventKind> lastChange(Ticket ticket) {
        return jdbc.sql("select kind from ticket_event where ticket_id = ? order by id desc limit 1")
                .param(ticket.getId()).query(String.class).optional().map(TicketEventKind::valueOf);
    }

    /** The ticket a visitor follows by the code in its QR. */
    public Optional<Ticket> byTrackingCode(String trackingCode) {
        return tickets.findByTrackingCode(trackingCode);
    }

    /** The ticket called last at a counter today among those in one of the states, whatever came after. */
    public Optional<Ticket> lastCalledAt(Counter counter, Collection<TicketStatus> states) {
        return tickets.findFirstByCounterIdAndQueueDayAndStatusInOrderByCalledAtDescIdDesc(counter.getId(),
                time.today(), states);
    }
}
