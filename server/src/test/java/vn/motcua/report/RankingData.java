package vn.motcua.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierTestData;

/**
 * Hand-counted months for the ranking tests, far from the demo's (February and March 2025, so Q1 2025 against an
 * empty Q4 2024). Satisfaction, with "Bình thường" not satisfied:
 * <pre>
 *          February 2025      March 2025            Q1 2025
 * CB01     4/5   80%  2nd     5/5   100%  1st (tie)  9/10  90%   3rd
 * CB04     5/5  100%  1st    10/10  100%  1st (tie) 15/15 100%   1st (tie)
 * CB05     3/6   50%  3rd     4/5    80%  3rd        7/11 63.6%  5th
 * CB02     -                  6/8    75%  4th, new   6/8  75%    4th
 * CB07     2/2  not ranked    4/4  not ranked (< 5)  6/6 100%    1st (tie)
 * </pre>
 * Units in March: Tư pháp (CB01, CB07) 9/9 100%, Kinh tế (CB04, CB02) 16/18 88.9%, Văn hóa – Xã hội 4/5 80%, Công an
 * none. On time in March (dossiers received by the officer): CB04 6/6 100%, CB01 4/5 80%, CB03 4/4 not ranked; units
 * Kinh tế 10/10 100%, Tư pháp 4/5 80%.
 */
public final class RankingData {

    public static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    public static final YearMonth MARCH = YearMonth.of(2025, 3);

    private final JdbcClient jdbc;
    private final QueueTestData data;
    private int tickets;
    private int dossiers;

    public RankingData(JdbcClient jdbc, QueueTestData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /** Cleans the tables and writes the months of the table above. */
    public RankingData write() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        rate("CB01", 1, 2, 4, 1);
        rate("CB04", 4, 2, 5, 0);
        rate("CB05", 5, 2, 3, 3);
        rate("CB07", 2, 2, 2, 0);
        rate("CB01", 1, 3, 5, 0);
        rate("CB04", 4, 3, 10, 0);
        rate("CB05", 5, 3, 4, 1);
        rate("CB02", 3, 3, 6, 2);
        rate("CB07", 2, 3, 4, 0);
        dossiers("CB01", "TP", 5, 1);
        dossiers("CB04", "KT", 6, 0);
        dossiers("CB03", "KT", 4, 0);
        return this;
    }

    /** {@code happy} satisfied and {@code unhappy} dissatisfied ratings of an officer in a month of 2025. */
    private void rate(String officer, int counter, int month, int happy, int unhappy) {
        for (int n = 0; n < happy + unhappy; n++) {
            LocalDateTime at = LocalDateTime.of(2025, month, 10, 8, 0).plusMinutes(5L * ++tickets);
            long service = jdbc.sql("select min(id) from center_service").query(Long.class).single();
            jdbc.sql("""
                    insert into ticket (service_id, numbered_service_id, service_day, seq, number, priority, status,
                        tracking_code, issued_at, queue_day, queue_rank, queued_at, origin, called_at, finished_at,
                        officer_id, counter_id)
                    values (?, ?, ?, ?, ?, 'NONE', 'DONE', ?, ?, ?, 3, ?, 'KIOSK', ?, ?, ?,
                        (select id from counter where number = ?))""")
                    .params(service, service, Date.valueOf(at.toLocalDate()), tickets, "R" + tickets,
                            "rank-" + tickets, stamp(at), Date.valueOf(at.toLocalDate()), stamp(at), stamp(at),
                            stamp(at.plusMinutes(3)), data.officerId(officer), counter).update();
            jdbc.sql("""
                    insert into rating (ticket_id, officer_id, counter_id, level, rated_at)
                    values ((select id from ticket where tracking_code = ?), ?, (select id from counter where number = ?),
                        ?, ?)""")
                    .params("rank-" + tickets, data.officerId(officer), counter,
                            n < happy ? "SATISFIED" : "UNSATISFIED", stamp(at.plusMinutes(4))).update();
        }
    }

    /** {@code count} dossiers the officer received in March 2025, all done; the first {@code late} after their due date. */
    private void dossiers(String officer, String unit, int count, int late) {
        Index766Dossiers write = new Index766Dossiers(jdbc);
        for (int n = 0; n < count; n++) {
            LocalDateTime received = LocalDateTime.of(2025, 3, 3, 8, 0).plusDays(n);
            LocalDateTime due = received.plusDays(3);
            write.dossier("RK-" + ++dossiers, unit, officer, received, due,
                    n < late ? due.plusDays(1) : due.minusDays(1), "DONE");
        }
    }

    private static Timestamp stamp(LocalDateTime at) {
        return Timestamp.from(at.atZone(CenterTime.ZONE).toInstant());
    }
}
