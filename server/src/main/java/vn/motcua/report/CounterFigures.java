package vn.motcua.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.queue.Handling;
import vn.motcua.queue.Handlings;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;
import vn.motcua.center.DayRange;

/**
 * The counters page of the managers' board: which counters are open and who sits there, what each deals with and
 * for how long, and how long an open counter has served nobody while people wait for its services.
 */
@Service
@Transactional(readOnly = true)
public class CounterFigures {

    private final Counters counters;
    private final QueueSnapshot snapshot;
    private final ReportQueries queries;
    private final Handlings handlings;
    private final CenterTime time;

    CounterFigures(Counters counters, QueueSnapshot snapshot, ReportQueries queries, Handlings handlings,
            CenterTime time) {
        this.counters = counters;
        this.snapshot = snapshot;
        this.queries = queries;
        this.handlings = handlings;
        this.time = time;
    }

    /** The ticket a counter deals with: called (the visitor is on the way) or being served, and since how long. */
    public record CurrentTicket(String number, boolean serving, Duration since) {
    }

    /**
     * One counter now. Closed when no officer is seated ({@code officerName} null). An open counter serving nobody
     * is idle for {@code idleFor} since its last ticket left it, or null when it has served nobody yet today.
     * {@code finishedToday} counts the visitors served there today as the console and the scorecard count them
     * ({@link Handling#served()}).
     */
    public record CounterNow(int number, String name, String officerName, CurrentTicket current, Duration idleFor,
            long finishedToday, long waitingForIt) {

        public boolean open() {
            return officerName != null;
        }

        public boolean idle() {
            return open() && current == null;
        }
    }

    /** Every counter, by number; {@code waitingPerService} from the queue page, so both pages agree. */
    public List<CounterNow> now(Map<Long, Long> waitingPerService) {
        Instant now = time.now();
        Instant startOfToday = DayRange.startOf(time.today());
        Map<Long, Instant> lastRelease = new HashMap<>();
        for (Object[] row : queries.lastReleasePerCounter(startOfToday)) {
            lastRelease.put((Long) row[0], (Instant) row[1]);
        }
        Map<Long, Long> served = servedPerCounter(DayRange.of(time.today()));
        List<CounterNow> lines = new ArrayList<>();
        for (Counter counter : counters.all()) {
            Officer officer = counter.getCurrentOfficer();
            Optional<Ticket> ticket = snapshot.servingAt(counter);
            CurrentTicket current = ticket.map(t -> new CurrentTicket(t.getNumber(),
                    t.getStatus() == TicketStatus.SERVING, nonNegative(Duration.between(t.getCalledAt(), now))))
                    .orElse(null);
            Instant released = lastRelease.get(counter.getId());
            Duration idle = officer == null || current != null || released == null ? null
                    : nonNegative(Duration.between(released, now));
            long waitingForIt = counters.servedServiceIds(counter).stream()
                    .mapToLong(serviceId -> waitingPerService.getOrDefault(serviceId, 0L)).sum();
            lines.add(new CounterNow(counter.getNumber(), counter.getName(),
                    officer == null ? null : officer.getFullName(), current, idle,
                    served.getOrDefault(counter.getId(), 0L), waitingForIt));
        }
        return lines;
    }

    /** Per counter id: visitors served there today, counted as the console and the scorecard count them. */
    private Map<Long, Long> servedPerCounter(DayRange today) {
        Map<Long, Set<Long>> tickets = new HashMap<>();
        for (Handling handling : handlings.servedAtCounters(today.start(), today.end())) {
            if (handling.counterId() != null) {
                tickets.computeIfAbsent(handling.counterId(), id -> new HashSet<>()).add(handling.ticketId());
            }
        }
        Map<Long, Long> served = new HashMap<>();
        tickets.forEach((counterId, ids) -> served.put(counterId, (long) ids.size()));
        return served;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
