package vn.motcua.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.CenterService;
import vn.motcua.queue.internal.TicketRepository;

/**
 * Estimates how long a visitor waits: the people ahead times the service's recent average service time,
 * shared among the counters open for it now. Before any history, a service is taken to last five minutes.
 */
@Component
public class WaitEstimate {

    static final Duration DEFAULT_SERVICE_TIME = Duration.ofMinutes(5);

    private final TicketRepository tickets;
    private final JdbcClient jdbc;

    WaitEstimate(TicketRepository tickets, JdbcClient jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    /** The estimate and what it rests on. */
    public record Estimate(Duration duration, Duration averageServiceTime, int openCounters) {

        public long minutes() {
            return (duration.toSeconds() + 59) / 60;
        }
    }

    public Estimate forService(CenterService service, long peopleAhead) {
        Duration average = averageServiceTime(service.getId());
        int open = openCounters(service.getId());
        Duration wait = open == 0 ? average.multipliedBy(peopleAhead + 1)
                : average.multipliedBy(peopleAhead).dividedBy(open);
        return new Estimate(wait, average, open);
    }

    Duration averageServiceTime(long serviceId) {
        List<Object[]> recent = tickets.recentServiceTimes(serviceId);
        if (recent.isEmpty()) {
            return DEFAULT_SERVICE_TIME;
        }
        long totalSeconds = 0;
        for (Object[] row : recent) {
            totalSeconds += Duration.between((Instant) row[0], (Instant) row[1]).toSeconds();
        }
        return Duration.ofSeconds(Math.max(30, totalSeconds / recent.size()));
    }

    private int openCounters(long serviceId) {
        return jdbc.sql("""
                select count(*) from counter c join counter_service cs on cs.counter_id = c.id
                where cs.service_id = ? and c.current_officer_id is not null""")
                .param(serviceId).query(Integer.class).single();
    }
}
