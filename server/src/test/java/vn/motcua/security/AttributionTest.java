package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.Callers;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.audit.Actor;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CounterWork;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.i18n.Refusal;

/** "Rõ người, rõ việc": each act is the seated officer's, across a change of officer and across a transfer. */
@ServerTest
class AttributionTest {

    @Autowired
    QueueTestData data;
    @Autowired
    Callers callers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    OpenCounter openCounter;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    CounterWork work;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @AfterEach
    void nobody() {
        callers.anonymous();
    }

    @Test
    void aChangeOfOfficerMidDayIsOnTheRecordAndSplitsTheWork() {
        // The audit trail is never cleared, not even between tests: read only what this test adds.
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_record").query(Long.class).single();
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        openCounter.open(1, data.officerId("CB01"), Actor.user("CB01"));
        callNext.callNext(1);
        serve.finish(1);

        openCounter.open(1, data.officerId("CB07"), Actor.user("CB07"));
        callNext.callNext(1);
        serve.finish(1);

        assertThat(officerOf("A001")).isEqualTo("CB01");
        assertThat(officerOf("A002")).isEqualTo("CB07");
        assertThat(eventsOf("A001")).allMatch(event -> event.startsWith("ISSUED") || event.endsWith("CB01"));
        assertThat(eventsOf("A002")).allMatch(event -> event.startsWith("ISSUED") || event.endsWith("CB07"));
        assertThat(jdbc.sql("""
                select o.code || ' ' || coalesce(s.closed_reason, 'OPEN') from counter_session s
                join officer o on o.id = s.officer_id join counter c on c.id = s.counter_id
                where c.number = 1 order by s.id""").query(String.class).list())
                .containsExactly("CB01 TAKEN_OVER", "CB07 OPEN");
        assertThat(jdbc.sql("select actor || ' ' || action from audit_record where subject = 'counter 1' and id > ?"
                + " order by id").param(before).query(String.class).list())
                .containsExactly("CB01 COUNTER_OPENED", "CB07 COUNTER_CLOSED", "CB07 COUNTER_OPENED");

        // The officer who left can no longer act at the counter in anyone's name.
        callers.signIn("CB01");
        assertThatThrownBy(() -> work.seat(1, CurrentActor.caller())).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("messageKey", "problem.counter.not-seated");
        callers.signIn("CB07");
        work.seat(1, CurrentActor.caller());
    }

    @Test
    void aTransferredTicketKeepsBothOfficers() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        route.transfer(3, "XD-GP", null, null);
        callNext.callNext(4);
        serve.finish(4);

        assertThat(eventsOf("C001")).contains("CALLED CB02", "TRANSFERRED CB02", "CALLED CB04", "FINISHED CB04");
        assertThat(officerOf("C001")).isEqualTo("CB04");
    }

    @Test
    void anOfficerMovingCountersLeavesTheFirstOneClosed() {
        openCounter.open(1, data.officerId("CB01"), Actor.user("CB01"));
        openCounter.open(2, data.officerId("CB01"), Actor.user("CB01"));

        assertThat(jdbc.sql("select current_officer_id from counter where number = 1").query(Long.class).optional())
                .isEmpty();
        assertThat(jdbc.sql("select closed_reason from counter_session where counter_id = "
                + "(select id from counter where number = 1)").query(String.class).list()).containsExactly("MOVED");
    }

    private String officerOf(String number) {
        return jdbc.sql("select o.code from ticket t join officer o on o.id = t.officer_id where t.number = ?")
                .param(number).query(String.class).single();
    }

    private List<String> eventsOf(String number) {
        return jdbc.sql("""
                select e.kind || coalesce(' ' || o.code, '') from ticket_event e join ticket t on t.id = e.ticket_id
                left join officer o on o.id = e.officer_id where t.number = ? order by e.id""")
                .param(number).query(String.class).list();
    }
}
