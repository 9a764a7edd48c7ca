package vn.motcua;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.TestClock.MutableClock;

/** Puts the demo center back to the start of a working day: no tickets, no ratings, the demo officers seated. */
@TestComponent
public class QueueTestData {

    private final JdbcClient jdbc;
    private final MutableClock clock;

    QueueTestData(JdbcClient jdbc, MutableClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void startOfDay() {
        jdbc.sql("delete from feedback").update();
        jdbc.sql("delete from officer_evaluation").update();
        jdbc.sql("update center set neutral_satisfied = false, grade_decider = null, grade_excellent_satisfied = 98,"
                + " grade_excellent_on_time = 100, grade_excellent_violations = 0, grade_good_satisfied = 90,"
                + " grade_good_on_time = 95, grade_good_violations = 0, grade_done_satisfied = 80,"
                + " grade_done_on_time = 80, grade_done_violations = 2").update();
        jdbc.sql("delete from ticket_contact").update();
        jdbc.sql("delete from rating_follow_up").update();
        jdbc.sql("delete from rating_reason").update();
        jdbc.sql("delete from rating").update();
        jdbc.sql("delete from counter_session").update();
        jdbc.sql("delete from dossier_visit").update();
        jdbc.sql("delete from dossier_rating_form").update();
        jdbc.sql("delete from ticket_event").update();
        jdbc.sql("update ticket set visit_ticket_id = null").update();
        jdbc.sql("delete from ticket").update();
        jdbc.sql("delete from counter_service where counter_id in (select id from counter where number > 100)").update();
        jdbc.sql("delete from counter where number > 100").update();
        jdbc.sql("update counter set priority_streak = 0").update();
        jdbc.sql("update center set ticket_number_start = 1, ticket_number_width = 3, priority_call_cap = 0,"
                + " recalls_before_no_show = 2").update();
        jdbc.sql("delete from ticket_number").update();
        jdbc.sql("delete from ticket_number_held").update();
        jdbc.sql("update center set rating_scale = 4, rating_window_seconds = 60, next_day_tickets = false").update();
        officersSitDown();
        clock.set(LocalDateTime.of(2026, 11, 23, 7, 30));
    }

    /** The demo's officers at their counters, as each morning (closing time empties every counter). */
    public void officersSitDown() {
        seat(1, "CB01");
        seat(2, "CB07");
        seat(3, "CB02");
        seat(4, "CB04");
        seat(5, "CB05");
        seat(6, "CB06");
    }

    public long officerId(String code) {
        return jdbc.sql("select id from officer where code = ?").param(code).query(Long.class).single();
    }

    public void seat(int counter, String officerCode) {
        jdbc.sql("update counter set current_officer_id = ? where number = ?")
                .params(officerId(officerCode), counter).update();
    }

    public void setting(String column, int value) {
        jdbc.sql("update center set " + column + " = ?").param(value).update();
    }

    /** Turns a yes/no setting of the center on or off (PostgreSQL takes no number for a boolean column). */
    public void setting(String column, boolean value) {
        jdbc.sql("update center set " + column + " = ?").param(value).update();
    }

    /**
     * Opens n more counters (101, 102...) all serving the given services in that order of preference, each with
     * an officer: the hall of a large center in a morning rush. startOfDay removes them. Returns their numbers.
     */
    public List<Integer> openCounters(int n, List<String> services) {
        long officer = officerId("CB01");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int number = 100 + i;
            jdbc.sql("insert into counter (number, name, current_officer_id) values (?, ?, ?)")
                    .params(number, "Quầy " + number, officer).update();
            for (int preference = 0; preference < services.size(); preference++) {
                jdbc.sql("insert into counter_service (counter_id, service_id, preference) values"
                        + " ((select id from counter where number = ?), (select id from center_service where code = ?), ?)")
                        .params(number, services.get(preference), preference + 1).update();
            }
            numbers.add(number);
        }
        return numbers;
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
