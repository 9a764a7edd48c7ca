package vn.motcua.queue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.i18n.Refusal;

/**
 * The kiosk's brake on a broker taking numbers for others (seed 002): beyond the center's limit of tickets for
 * different services at one kiosk within the burst minutes, the next ordinary ticket is refused politely. A priority
 * visitor is never refused and their tickets do not count; one person taking several numbers for one service does
 * not count either (a family). Checked in the queue's writer, so two kiosks' taps cannot both slip under it.
 */
@Component
class KioskBurstLimit {

    private final JdbcClient jdbc;

    KioskBurstLimit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses the ticket when it would be one service too many for this kiosk now; the limit 0 never refuses. */
    void check(String kiosk, long serviceId, PriorityCategory priority, Instant now) {
        if (kiosk == null || priority.isPriority()) {
            return;
        }
        Limit limit = jdbc.sql("select kiosk_burst_limit, watch_burst_minutes from center")
                .query((row, n) -> new Limit(row.getInt(1), row.getInt(2))).single();
        if (limit.tickets() == 0) {
            return;
        }
        Set<Long> services = new HashSet<>(jdbc.sql("""
                select distinct numbered_service_id from ticket
                where kiosk = :kiosk and issued_at > :since and issued_at <= :now and priority = 'NONE'""")
                .param("kiosk", kiosk).param("since", Timestamp.from(now.minus(Duration.ofMinutes(limit.minutes()))))
                .param("now", Timestamp.from(now)).query(Long.class).list());
        services.add(serviceId);
        if (services.size() > limit.tickets()) {
            throw new Refusal("problem.kiosk.burst", "Kiosk " + kiosk + ": " + services.size()
                    + " services within " + limit.minutes() + " minutes, limit " + limit.tickets(), limit.minutes());
        }
    }

    private record Limit(int tickets, int minutes) {
    }
}
