package vn.motcua.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketIssued;

/**
 * The queue's figures for Prometheus ({@code /actuator/prometheus}): tickets issued per service letter, the wait
 * from issue to first call per service, and how long call-next takes from the press to the call committed.
 * Counted after commit, so a change that was undone is never counted.
 */
@Component
public class QueueMetrics {

    /** Buckets a manager reads waits in; a wait of more than two hours falls in +Inf. */
    private static final Duration[] WAIT_BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(20), Duration.ofMinutes(30),
            Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(90), Duration.ofMinutes(120)};
    /** The call must reach the hall within a quarter second: buckets around that goal. */
    private static final Duration[] CALL_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1)};

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Timer callLatency;
    // Services are few and their letters rarely change; a letter changed by an admin shows from the next start.
    private final Map<Long, String> letters = new ConcurrentHashMap<>();

    QueueMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.callLatency = Timer.builder("motcua.call.latency")
                .description("Call-next pressed to the called ticket committed")
                .serviceLevelObjectives(CALL_BUCKETS).register(registry);
    }

    /** Runs a call-next and counts its time, refusals and empty queues included: the officer waited for them too. */
    public <T> T timeCall(Supplier<T> call) {
        return callLatency.record(call);
    }

    @TransactionalEventListener
    void issued(TicketIssued issued) {
        Counter.builder("motcua.tickets.issued").description("Tickets issued, by service letter")
                .tag("service", letter(issued.serviceId())).register(registry).increment();
    }

    @TransactionalEventListener
    void called(TicketCalled called) {
        if (called.recall() || called.calledAt() == null) {
            return;
        }
        // The event names the ticket, not its issue time: one read by primary key, after commit.
        jdbc.sql("select issued_at from ticket where id = ?").param(called.ticketId())
                .query((row, n) -> row.getTimestamp(1)).optional().map(Timestamp::toInstant)
                .map(issuedAt -> Duration.between(issuedAt, called.calledAt()))
                .filter(wait -> !wait.isNegative())
                .ifPresent(wait -> Timer.builder("motcua.ticket.wait").description("Ticket issued to first called")
                        .tag("service", letter(called.serviceId())).serviceLevelObjectives(WAIT_BUCKETS)
                        .register(registry).record(wait));
    }

    private String letter(long serviceId) {
        return letters.computeIfAbsent(serviceId, id -> jdbc.sql("select letter from center_service where id = ?")
                .param(id).query(String.class).optional().orElse("?"));
    }
}
