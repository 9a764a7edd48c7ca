package vn.motcua.queue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads ticket_event (the queue's own append-only history) for the audit screen, with who and where by name. */
@Component
public class TicketHistoryReader {

    private final JdbcClient jdbc;

    TicketHistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TicketHistoryRow> find(Instant from, Instant to, String officerCode, String ticketNumber) {
        return jdbc.sql("""
                select e.at, t.number, e.kind, e.from_status, e.to_status, o.code officer_code, o.full_name,
                       c.number counter_number, e.reason
                from ticket_event e
                join ticket t on t.id = e.ticket_id
                left join officer o on o.id = e.officer_id
                left join counter c on c.id = e.counter_id
                where e.at >= :from and e.at < :to
                  and (cast(:officer as varchar(30)) is null or upper(o.code) = upper(cast(:officer as varchar(30))))
                  and (cast(:number as varchar(12)) is null or upper(t.number) = upper(cast(:number as varchar(12))))
                order by e.at desc, e.id desc
                limit 500""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("officer", blankToNull(officerCode)).param("number", blankToNull(ticketNumber))
                .query((rs, i) -> new TicketHistoryRow(rs.getTimestamp("at").toInstant(), rs.getString("number"),
                        rs.getString("kind"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("officer_code"), rs.getString("full_name"),
                        (Integer) rs.getObject("counter_number", Integer.class), rs.getString("reason")))
                .list();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One ticket event as the audit screen lists it. */
    public record TicketHistoryRow(Instant at, String number, String kind, String fromStatus, String toStatus,
            String officerCode, String officerName, Integer counterNumber, String reason) {
    }
}
