package vn.motcua.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.queue.internal.CounterRepository;

/**
 * Finds and locks the ticket a counter should call next: carried-over first, then put back at the front
 * (tickets sent to this very counter before those of its services), then priority, then ordinary; within a
 * class the counter's preferred service first, then the oldest.
 * <p>
 * Each step reads the head of one queue in index order (the cost does not grow with the number waiting), then
 * locks a candidate by id with SKIP LOCKED: fifty counters picking at once never wait on each other's
 * candidate, and a candidate another counter took in the meantime is passed over (H2 and PostgreSQL alike;
 * H2 gives up index order under FOR UPDATE, hence the two steps).
 */
@Component
class TicketPicking {

    private static final int BATCH = 8;

    private static final String HEAD = """
            select id from ticket
            where status = 'WAITING' and service_id = ? and queue_rank = ? and target_counter_id is null
              and queue_day <= ?
            order by status, service_id, queue_rank, queued_at, id
            limit ? offset ?""";

    private static final String SENT_HERE = """
            select id from ticket
            where target_counter_id = ? and status = 'WAITING' and queue_day <= ?
            order by queue_rank, queued_at, id
            limit ? offset ?""";

    private static final String LOCK = "select id from ticket where id = ? and status = 'WAITING' for update skip locked";

    private static final int[] RANKS = {QueueRank.CARRIED_OVER, QueueRank.FRONT, QueueRank.PRIORITY, QueueRank.ORDINARY};

    private final JdbcClient jdbc;
    private final CounterRepository counters;

    TicketPicking(JdbcClient jdbc, CounterRepository counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** The next ticket for the counter, locked until the caller commits; empty when nobody waits for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> next(Counter counter, LocalDate today, int priorityCallCap) {
        List<Long> services = counters.servedServiceIds(counter.getId());
        boolean capReached = priorityCallCap > 0 && counter.getPriorityStreak() >= priorityCallCap;
        for (int rank : RANKS) {
            if (rank == QueueRank.FRONT) {
                Optional<Long> sentHere = lockFirst(SENT_HERE, counter.getId(), today);
                if (sentHere.isPresent()) {
                    return sentHere;
                }
            }
            if (rank == QueueRank.PRIORITY && capReached) {
                // The cap lets one ordinary visitor through before the next priority call, if any is waiting.
                Optional<Long> ordinary = head(services, QueueRank.ORDINARY, today);
                if (ordinary.isPresent()) {
                    return ordinary;
                }
            }
            Optional<Long> head = head(services, rank, today);
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }

    /** Locks one chosen waiting ticket; false when another counter is taking it or it no longer waits. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean lock(long ticketId) {
        return jdbc.sql(LOCK).param(ticketId).query(Long.class).optional().isPresent();
    }

    private Optional<Long> head(List<Long> servicesByPreference, int rank, LocalDate today) {
        for (Long service : servicesByPreference) {
            Optional<Long> id = lockFirst(HEAD, service, rank, today);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** Locks the first candidate of the query that is still waiting and not being taken by another counter. */
    private Optional<Long> lockFirst(String query, Object... params) {
        for (int offset = 0; ; offset += BATCH) {
            List<Long> candidates = jdbc.sql(query).params(params).param(BATCH).param(offset).query(Long.class).list();
            for (Long candidate : candidates) {
                Optional<Long> locked = jdbc.sql(LOCK).param(candidate).query(Long.class).optional();
                if (locked.isPresent()) {
                    return locked;
                }
            }
            if (candidates.size() < BATCH) {
                return Optional.empty();
            }
        }
    }
}
