package vn.motcua.report;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.center.CenterTime;

/**
 * The October 2026 of {@link EvaluationMonthData} (Kinh tế: EV-1 on time, EV-2 late, EV-3 open, EV-4 on time; two
 * tickets served, waits 10/20/30 minutes, services 10/10, a very satisfied and a neutral rating, a feedback and a
 * denunciation; a return through fault on EV-1 on 2 November), and on top, counted by hand:
 * <ul>
 * <li>Kinh tế: EV-2 found late at its reception step (6/10), at appraisal (8/10) and past its own due date (9/10): one
 * dossier overdue at reception, one at handling; EV-1 returned through fault on 20/10 and 25/10 (two returns, one
 * dossier returned several times; with 2/11 it is again one in November); EV-3 asked to supplement twice (8/10, 9/10:
 * two requests, one second, and EV-3 late by the second-request rule); EV-2's apology approved 12/10, EV-3's a draft.
 * <li>Tư pháp: TP-1 received online 3/10 for a same-day procedure, finished at 11:00, digitised; TP-3 received 10/10,
 * due 11/10, finished 14/10 (late, so not served without appointment), found late past its due date 11/10 (overdue at handling); TP-2 a same-day dossier of
 * October 2025, finished on time.
 * </ul>
 * October 2026, center: received 6, handled 6, on time 3 (EV-1, EV-4, TP-1), late 3; online 1/6, digitised 1/5
 * finished, without appointment 1 against 1 a year earlier.
 */
public final class MonthlyReportData {

    private final JdbcClient jdbc;
    private final QueueTestData data;

    public MonthlyReportData(JdbcClient jdbc, QueueTestData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /** Clears what {@link #write()} wrote (and every dossier, ticket event and feedback of the day's tests). */
    public static void clean(JdbcClient jdbc, QueueTestData data) {
        EvaluationMonthData.clean(jdbc, data);
    }

    public MonthlyReportData write() {
        EvaluationMonthData october = new EvaluationMonthData(jdbc, data).write();
        long kt = october.unit("KT");
        long tp = october.unit("TP");
        long ev1 = id("EV-1");
        long ev2 = id("EV-2");
        long ev3 = id("EV-3");
        lateness(ev2, "STEP", 0, "RECEPTION", at(2026, 10, 6, 10), kt);
        lateness(ev2, "STEP", 1, "APPRAISAL", at(2026, 10, 8, 10), kt);
        lateness(ev2, "DOSSIER", 0, null, at(2026, 10, 9, 18), kt);
        returned(ev1, at(2026, 10, 20, 9), kt);
        returned(ev1, at(2026, 10, 25, 9), kt);
        supplement(ev3, 1, at(2026, 10, 8, 9));
        supplement(ev3, 2, at(2026, 10, 9, 9));
        apology(ev2, "APPROVED", at(2026, 10, 12, 9));
        apology(ev3, "DRAFT", null);
        long tp1 = dossier("TP-1", tp, at(2026, 10, 3, 8), at(2026, 10, 3, 17), at(2026, 10, 3, 11));
        jdbc.sql("update dossier set channel = 'ONLINE', documents_digitised = true, result_digitised = true "
                + "where id = ?").param(tp1).update();
        dossier("TP-2", tp, at(2025, 10, 7, 8), at(2025, 10, 7, 17), at(2025, 10, 7, 10));
        long tp3 = dossier("TP-3", tp, at(2026, 10, 10, 8), at(2026, 10, 11, 17), at(2026, 10, 14, 10));
        lateness(tp3, "DOSSIER", 0, null, at(2026, 10, 11, 17), tp);
        return this;
    }

    private long id(String code) {
        return jdbc.sql("select id from dossier where code = ?").param(code).query(Long.class).single();
    }

    /** A dossier of Tư pháp received by CB01 for the same-day birth registration. */
    private long dossier(String code, long unit, LocalDateTime received, LocalDateTime due, LocalDateTime processed) {
        jdbc.sql("""
                insert into dossier (center_id, code, procedure_code, procedure_id, owner_name, received_at, due_at,
                    status, processed_at, unit_id, source, tracking_token, receiving_officer_id, channel)
                values (1, ?, '1.001193', (select id from admin_procedure where code = '1.001193'), 'Trần Thị B', ?, ?,
                    'DONE', ?, ?, 'LOCAL', ?, ?, 'IN_PERSON')""")
                .params(code, stamp(received), stamp(due), stamp(processed), unit, "mr-" + code,
                        data.officerId("CB01")).update();
        return id(code);
    }

    private void lateness(long dossier, String scope, int handOff, String step, LocalDateTime found, long unit) {
        jdbc.sql("""
                insert into dossier_lateness (center_id, dossier_id, scope, hand_off_no, step, due_at, found_at,
                    officer_id, unit_id) values (1, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier, scope, handOff, step, stamp(found), stamp(found), data.officerId("CB03"), unit)
                .update();
    }

    private void returned(long dossier, LocalDateTime at, long unit) {
        jdbc.sql("""
                insert into violation (center_id, kind, dossier_id, officer_id, unit_id, occurred_at, recorded_by,
                    evidence) values (1, 'RETURNED_BY_FAULT', ?, ?, ?, ?, 'CB02', 'Trả lại do hướng dẫn sai')""")
                .params(dossier, data.officerId("CB03"), unit, stamp(at)).update();
    }

    private void supplement(long dossier, int no, LocalDateTime asked) {
        jdbc.sql("""
                insert into supplement_request (center_id, dossier_id, request_no, items, asked_by, asked_at)
                values (1, ?, ?, 'Bản sao sổ đỏ', ?, ?)""")
                .params(dossier, no, data.officerId("CB03"), stamp(asked)).update();
    }

    private void apology(long dossier, String state, LocalDateTime decided) {
        jdbc.sql("""
                insert into dossier_apology (center_id, dossier_id, reason, new_appointment_at, drafted_by, drafted_at,
                    state, decided_by, decided_at) values (1, ?, 'Chờ xác minh', ?, ?, ?, ?, ?, ?)""")
                .params(dossier, stamp(at(2026, 10, 30, 9)), data.officerId("CB03"), stamp(at(2026, 10, 11, 9)),
                        state, decided == null ? null : "giamdoc", decided == null ? null : stamp(decided)).update();
    }

    static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private static Timestamp stamp(LocalDateTime at) {
        return Timestamp.from(at.atZone(CenterTime.ZONE).toInstant());
    }
}
