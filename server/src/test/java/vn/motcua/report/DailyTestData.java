package vn.motcua.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.center.CenterTime;

/**
 * A hand-built Tuesday, 24 November 2026 (the demo opens at 07:30), for the daily report's tests:
 * <ul>
 * <li>T1 issued 07:40, called 07:50 by CB01 at counter 1 (wait 10 min), served 07:52 to 08:02 (10 min), very satisfied;</li>
 * <li>T2 issued 08:00, called 08:30 by CB04 at counter 4 (wait 30 min), finished 08:50 with no start of service
 * (20 min from the call), neutral;</li>
 * <li>T3 carried over from Monday 16:50: called 07:45 by CB01 at counter 1, waits from the opening (15 min), served
 * 07:46 to 07:55 (9 min), unsatisfied;</li>
 * <li>T4 issued 09:00, called 09:20 by CB04 at counter 4 (wait 20 min), absent at 09:25;</li>
 * <li>T5 issued 16:30, still waiting at the 17:00 closing: carried over to Wednesday;</li>
 * <li>T7 on Wednesday 25th: issued 08:00, called 08:05 by CB01 at counter 1, finished 08:10, not Tuesday's.</li>
 * </ul>
 * Tuesday: 4 issued, 3 served, 1 absent, 1 carried over; waits 10, 30, 15, 20 (average 18 min 45 s, longest 30);
 * service 10, 20, 9 (average 13 min); ratings 1 very satisfied, 1 neutral, 1 unsatisfied (33.3% satisfied).
 */
public class DailyTestData {

    public static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final JdbcClient jdbc;
    private final QueueTestData data;
    private int tickets;

    public DailyTestData(JdbcClient jdbc, QueueTestData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    public void write() {
        data.startOfDay();
        long cb01 = data.officerId("CB01");
        long cb04 = data.officerId("CB04");
        long t1 = ticket("DONE", at(24, 7, 40), at(24, 7, 40), null, at(24, 7, 50), at(24, 7, 52), at(24, 8, 2),
                cb01, 1);
        long t2 = ticket("DONE", at(24, 8, 0), at(24, 8, 0), null, at(24, 8, 30), null, at(24, 8, 50), cb04, 4);
        long t3 = ticket("DONE", at(23, 16, 50), at(23, 16, 50), LocalDate.of(2026, 11, 23), at(24, 7, 45),
                at(24, 7, 46), at(24, 7, 55), cb01, 1);
        long t4 = ticket("NO_SHOW", at(24, 9, 0), at(24, 9, 0), null, at(24, 9, 20), null, null, cb04, 4);
        event(t4, "NO_SHOW", "CALLED", cb04, 4, at(24, 9, 25));
        long t5 = ticket("WAITING", at(24, 16, 30), at(24, 16, 30), TUESDAY, null, null, null, null, 0);
        event(t5, "CARRIED_OVER", "WAITING", null, 0, at(24, 17, 0));
        ticket("DONE", at(25, 8, 0), at(25, 8, 0), null, at(25, 8, 5), null, at(25, 8, 10), cb01, 1);
        rate(t1, cb01, 1, "VERY_SATISFIED", at(24, 8, 3));
        rate(t2, cb04, 4, "NEUTRAL", at(24, 8, 51));
        rate(t3, cb01, 1, "UNSATISFIED", at(24, 7, 56));
    }

    private long ticket(String status, LocalDateTime issued, LocalDateTime queued, LocalDate carriedFrom,
            LocalDateTime called, LocalDateTime served, LocalDateTime finished, Long officer, int counter) {
        long service = jdbc.sql("select min(id) from center_service").query(Long.class).single();
        int seq = ++tickets;
        LocalDate queueDay = carriedFrom == null ? issued.toLocalDate() : carriedFrom.plusDays(1);
        jdbc.sql("""
                insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status,
                    tracking_code, issued_at, queue_day, queue_rank, queued_at, origin, called_at, served_at,
                    finished_at, officer_id, counter_id, carried_from)
                values (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, 'KIOSK', ?, ?, ?, ?, ?, ?)""")
                .params(service, service, issued.toLocalDate(), seq, "D" + seq, status, "day-ticket-" + seq,
                        stamp(issued), queueDay, carriedFrom == null ? 3 : 0, stamp(queued), stamp(called),
                        stamp(served), stamp(finished), officer, counter == 0 ? null : counter(counter), carriedFrom)
                .update();
        return jdbc.sql("select id from ticket where tracking_code = ?").param("day-ticket-" + seq)
                .query(Long.class).single();
    }

    private void event(long ticket, String kind, String from, Long officer, int counter, LocalDateTime at) {
        jdbc.sql("""
                insert into ticket_event (ticket_id, kind, from_status, to_status, officer_id, counter_id, at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket, kind, from, kind.equals("NO_SHOW") ? "NO_SHOW" : "WAITING", officer,
                        counter == 0 ? null : counter(counter), stamp(at)).update();
    }

    private void rate(long ticket, long officer, int counter, String level, LocalDateTime at) {
        jdbc.sql("insert into rating (ticket_id, officer_id, counter_id, level, rated_at) values (?, ?, ?, ?, ?)")
                .params(ticket, officer, counter(counter), level, stamp(at)).update();
    }

    private long counter(int number) {
        return jdbc.sql("select id from counter where number = ?").param(number).query(Long.class).single();
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute);
    }

    private static Timestamp stamp(LocalDateTime at) {
        return at == null ? null : Timestamp.from(at.atZone(CenterTime.ZONE).toInstant());
    }
}
