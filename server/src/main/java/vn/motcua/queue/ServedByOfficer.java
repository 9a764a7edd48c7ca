package vn.motcua.queue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;

/** An officer's own service figures of the center's local day, for the console they sit at. */
@Service
@Transactional(readOnly = true)
public class ServedByOfficer {

    private final EntityManager entities;
    private final CenterTime time;

    ServedByOfficer(EntityManager entities, CenterTime time) {
        this.entities = entities;
        this.time = time;
    }

    /** Tickets the officer finished today, and their average time from serving start to finish (none before the first). */
    public record Today(long served, Optional<Duration> averageServiceTime) {
    }

    /**
     * Counts what the officer finished today wherever they sat, on the local day of the finish: a ticket carried
     * over from yesterday and served today is today's work. A ticket transferred on is not finished, so not counted.
     */
    public Today today(long officerId) {
        DayRange today = DayRange.of(time.today());
        List<Object[]> rows = entities.createQuery("""
                        select t.servedAt, t.finishedAt from Ticket t
                        where t.officer.id = :officerId and t.status = vn.motcua.queue.TicketStatus.DONE
                          and t.finishedAt >= :from and t.finishedAt < :to""", Object[].class)
                .setParameter("officerId", officerId)
                .setParameter("from", today.start())
                .setParameter("to", today.end())
                .getResultList();
        if (rows.isEmpty()) {
            return new Today(0, Optional.empty());
        }
        Duration total = Duration.ZERO;
        for (Object[] row : rows) {
            total = total.plus(Duration.between((Instant) row[0], (Instant) row[1]));
        }
        return new Today(rows.size(), Optional.of(total.dividedBy(rows.size())));
    }
}
