package vn.motcua.report;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierTestData;

/**
 * A hand-built October 2026 for two officers of Kinh tế (headed by CB02), counted by hand:
 * <ul>
 * <li>CB03 receives three dossiers: one finished on time, one finished late, one open and not yet due (on time); a
 * fourth, received by CB04, is handed to CB03 (and one of CB03's own handed back to them): received 3, handled 4, on
 * time 2, late 1; violations late-own-fault and unjustified supplement in October, returned-by-fault in November.</li>
 * <li>CB04 receives the fourth (finished on time); serves two tickets (waits 10 and 20 minutes, service 10 and 10)
 * and calls a third who does not come (wait 30): served 2, average wait 20 min, average service 10 min, 1 absence;
 * rated VERY_SATISFIED and NEUTRAL (50% satisfied, 100% when the center counts NEUTRAL); one feedback and one
 * denunciation name CB04.</li>
 * </ul>
 */
final class EvaluationMonthData {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private final JdbcClient jdbc;
    private final QueueTestData data;
    private int dossiers;
    private int tickets;

    EvaluationMonthData(JdbcClient jdbc, QueueTestData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    static void clean(JdbcClient jdbc, QueueTestData data) {
        data.startOfDay();
        DossierTestData.reset(jdbc);
    }

    EvaluationMonthData write() {
        long cb03 = data.officerId("CB03");
        long cb04 = data.officerId("CB04");
        long d1 = dossier(cb03, at(10, 5, 8), at(10, 10, 17), at(10, 8, 10), "DONE");
        long d2 = dossier(cb03, at(10, 6, 8), at(10, 9, 17), at(10, 12, 10), "DONE");
        dossier(cb03, at(10, 7, 8), at(11, 30, 17), null, "PROCESSING");
        long d4 = dossier(cb04, at(10, 2, 8), at(10, 25, 17), at(10, 20, 10), "DONE");
        handOff(d4, 1, cb04, cb03, at(10, 3, 9));
        handOff(d1, 1, cb03, cb03, at(10, 5, 9));
        violation("LATE_OWN_FAULT", d2, cb03, at(10, 12, 11));
        violation("UNJUSTIFIED_SUPPLEMENT", d1, cb03, at(10, 15, 11));
        violation("RETURNED_BY_FAULT", d1, cb03, at(11, 2, 11));
        long t1 = ticket(cb04, "DONE", at(10, 13, 8), at(10, 13, 8).plusMinutes(10), at(10, 13, 8).plusMinutes(12),
                at(10, 13, 8).plusMinutes(22));
        long t2 = ticket(cb04, "DONE", at(10, 13, 9), at(10, 13, 9).plusMinutes(20), null,
                at(10, 13, 9).plusMinutes(30));
        long t3 = ticket(cb04, "NO_SHOW", at(10, 13, 9).plusMinutes(30), at(10, 13, 10), null, null);
        jdbc.sql("""
                insert into ticket_event (ticket_id, kind, from_status, to_status, officer_id, counter_id, at)
                values (?, 'NO_SHOW', 'CALLED', 'NO_SHOW', ?, ?, ?)""")
                .params(t3, cb04, counter(4), stamp(at(10, 13, 10).plusMinutes(3))).update();
        rate(t1, cb04, "VERY_SATISFIED", at(10, 13, 8).plusMinutes(23));
        rate(t2, cb04, "NEUTRAL", at(10, 13, 9).plusMinutes(31));
        feedback("FEEDBACK", cb04, at(10, 14, 9));
        feedback("DENUNCIATION", cb04, at(10, 16, 9));
        feedback("FEEDBACK", cb04, at(9, 16, 9));
        return this;
    }

    long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private long dossier(long officer, LocalDateTime received, LocalDateTime due, LocalDateTime processed,
            String status) {
        String code = "EV-" + ++dossiers;
        jdbc.sql("""
                insert into dossier (center_id, code, procedure_code, owner_name, received_at, due_at, status,
                    processed_at, unit_id, source, tracking_token, receiving_officer_id)
                values (1, ?, '1.004873', 'Nguyễn Văn A', ?, ?, ?, ?, ?, 'LOCAL', ?, ?)""")
                .params(code, stamp(received), stamp(due), status, processed == null ? null : stamp(processed),
                        unit("KT"), "ev-" + dossiers, officer).update();
        return jdbc.sql("select id from dossier where code = ?").param(code).query(Long.class).single();
    }

    private void handOff(long dossier, int sequence, long from, long to, LocalDateTime at) {
        jdbc.sql("""
                insert into dossier_hand_off (center_id, dossier_id, sequence_no, step, from_officer_id, to_officer_id,
                    to_unit_id, handed_at, step_due_at) values (1, ?, ?, 'APPRAISAL', ?, ?, ?, ?, ?)""")
                .params(dossier, sequence, from, to, unit("KT"), stamp(at), stamp(at.plusDays(3))).update();
    }

    private void violation(String kind, long dossier, long officer, LocalDateTime at) {
        jdbc.sql("""
                insert into violation (center_id, kind, dossier_id, officer_id, unit_id, head_officer_id, occurred_at,
                    recorded_by, evidence) values (1, ?, ?, ?, ?, ?, ?, 'CB02', 'Sổ theo dõi')""")
                .params(kind, dossier, officer, unit("KT"), data.officerId("CB02"), stamp(at)).update();
    }

    private long ticket(long officer, String status, LocalDateTime queued, LocalDateTime called,
            LocalDateTime served, LocalDateTime finished) {
        long service = jdbc.sql("select min(id) from center_service").query(Long.class).single();
        int seq = ++tickets;
        jdbc.sql("""
                insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status,
                    tracking_code, issued_at, queue_day, queue_rank, queued_at, origin, called_at, served_at,
                    finished_at, officer_id, counter_id)
                values (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, 3, ?, 'KIOSK', ?, ?, ?, ?, ?)""")
                .params(service, service, queued.toLocalDate(), seq, "E" + seq, status, "ev-ticket-" + seq,
                        stamp(queued), queued.toLocalDate(), stamp(queued), stamp(called),
                        served == null ? null : stamp(served), finished == null ? null : stamp(finished), officer,
                        counter(4)).update();
        return jdbc.sql("select id from ticket where tracking_code = ?").param("ev-ticket-" + seq)
                .query(Long.class).single();
    }

    private void rate(long ticket, long officer, String level, LocalDateTime at) {
        jdbc.sql("insert into rating (ticket_id, officer_id, counter_id, level, rated_at) values (?, ?, ?, ?, ?)")
                .params(ticket, officer, counter(4), level, stamp(at)).update();
    }

    private void feedback(String kind, long officer, LocalDateTime at) {
        jdbc.sql("""
                insert into feedback (center_id, code, kind, category, text, channel, officer_id, unit_id,
                    received_at, answer_due_at) values (1, ?, ?, 'ATTITUDE', 'Thái độ', 'KIOSK', ?, ?, ?, ?)""")
                .params("EVF-" + kind + at.getMonthValue() + at.getDayOfMonth(), kind, officer, unit("KT"),
                        stamp(at), stamp(at.plusDays(5))).update();
    }

    private long counter(int number) {
        return jdbc.sql("select id from counter where number = ?").param(number).query(Long.class).single();
    }

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    private static Timestamp stamp(LocalDateTime at) {
        return Timestamp.from(at.atZone(CenterTime.ZONE).toInstant());
    }
}
