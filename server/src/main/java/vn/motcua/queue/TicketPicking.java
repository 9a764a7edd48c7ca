package vn.motcua.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and locks the ticket a counter should call next: carried-over first, then put back at the front
 * (tickets sent to this very counter before those of its services), then priority, then ordinary; within a
 * class the counter's preferred service first, then the oldest.
 * <p>
 * Each step is one probe of the head of one queue, so the cost does not grow with the number waiting, and
 * SKIP LOCKED lets fifty counters pick at once without waiting on each other's candidate (H2 and PostgreSQL).
 */
@Component
class TicketPicking {

    private static final String HEAD = """
            select id from ticket %s
            where status = 'WAITING' and service_id = ? and queue_rank = ? and target_counter_id is null
              and queue_day <= ?
            order by queued_at, id
            limit 1
            for update skip locked""";

    private static final String SENT_HERE = """
            select id from ticket
            where target_counter_id = ? and status = 'WAITING' and queue_day <= ?
            order by queue_rank, queued_at, id
            limit 1
            for update skip locked""";

    private static final int[] RANKS = {QueueRank.CARRIED_OVER, QueueRank.FRONT, QueueRank.PRIORITY, QueueRank.ORDINARY};

    private final JdbcClient jdbc;
    private final CounterRepository counters;
    private final String head;

    TicketPicking(JdbcClient jdbc, CounterRepository counters, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.counters = counters;
        // H2's planner takes the index on (target_counter, status) for "target_counter_id is null" and then sorts
        // every waiting ticket; the hint keeps it on the queue index, whose order is the calling order.
        // PostgreSQL's planner needs no hint.
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            this.head = HEAD.formatted(h2 ? "use index (ticket_queue)" : "");
        }
    }

    /** The next ticket for the counter, locked until the caller commits; empty when nobody waits for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> next(Counter counter, LocalDate today, int priorityCallCap) {
        List<Long> services = counters.servedServiceIds(counter.getId());
        boolean capReached = priorityCallCap > 0 && counter.getPriorityStreak() >= priorityCallCap;
        for (int rank : RANKS) {
            if (rank == QueueRank.FRONT) {
                Optional<Long> sentHere = jdbc.sql(SENT_HERE).params(counter.getId(), today).query(Long.class).optional();
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

    private Optional<Long> head(List<Long> servicesByPreference, int rank, LocalDate today) {
        for (Long service : servicesByPreference) {
            Optional<Long> id = jdbc.sql(head).params(service, rank, today).query(Long.class).optional();
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }
}
