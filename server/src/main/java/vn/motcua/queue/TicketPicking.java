package vn.motcua.queue;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and locks the ticket a counter should call next: carried-over first, then put back at the front,
 * then priority, then ordinary; within a class the counter's preferred service first, then the oldest.
 * SKIP LOCKED lets fifty counters pick at once without waiting on each other's candidate (H2 and PostgreSQL).
 */
@Component
class TicketPicking {

    private static final String NEXT = """
            select t.id, t.queue_rank from ticket t
            where t.status = 'WAITING' and t.queue_day <= :today
              and (t.target_counter_id = :counter
                   or (t.target_counter_id is null
                       and t.service_id in (select cs.service_id from counter_service cs where cs.counter_id = :counter)))
              %s
            order by t.queue_rank,
                     (select cs.preference from counter_service cs where cs.counter_id = :counter and cs.service_id = t.service_id),
                     t.queued_at, t.id
            limit 1
            for update skip locked""";

    private final JdbcClient jdbc;

    TicketPicking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next ticket for the counter, locked until the caller commits; empty when nobody waits for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> next(Counter counter, LocalDate today, int priorityCallCap) {
        Optional<Candidate> first = pick(counter, today, "");
        if (first.isPresent() && first.get().rank() == QueueRank.PRIORITY && priorityCallCap > 0
                && counter.getPriorityStreak() >= priorityCallCap) {
            Optional<Candidate> ordinary = pick(counter, today, "and t.queue_rank = " + QueueRank.ORDINARY);
            if (ordinary.isPresent()) {
                return Optional.of(ordinary.get().id());
            }
        }
        return first.map(Candidate::id);
    }

    private Optional<Candidate> pick(Counter counter, LocalDate today, String restriction) {
        return jdbc.sql(NEXT.formatted(restriction))
                .param("today", today)
                .param("counter", counter.getId())
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getInt(2)))
                .optional();
    }

    private record Candidate(long id, int rank) {
    }
}
