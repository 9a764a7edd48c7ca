package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.report.CounterFigures.CounterNow;
import vn.motcua.report.CounterFigures.CurrentTicket;

/** The board's counters page, with the counters worked through the real queue services. */
@ServerTest
class CounterFiguresTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    CounterFigures counters;
    @Autowired
    QueueFigures queue;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void aCounterCallingShowsTheTicketAndSinceWhenThenServingKeepsCountingFromTheCall() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(7, 31);
        callNext.callNext(1);
        at(7, 34);
        assertThat(counter(1)).extracting(CounterNow::officerName, CounterNow::current)
                .containsExactly("Nguyễn Thị Hương", new CurrentTicket("A001", false, Duration.ofMinutes(3)));

        serve.startServing(1);
        at(7, 42);
        assertThat(counter(1).current()).isEqualTo(new CurrentTicket("A001", true, Duration.ofMinutes(11)));
        assertThat(counter(1).idle()).isFalse();
        assertThat(counter(1).idleFor()).isNull();
    }

    @Test
    void anOpenCounterServingNobodyIsIdleSinceItsLastTicketLeftWithThePeopleWaitingForItsServices() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        at(7, 38);
        callNext.callNext(2);
        at(7, 40);
        serve.finish(2);
        at(7, 52);

        CounterNow counter2 = counter(2);
        assertThat(counter2.idle()).isTrue();
        assertThat(counter2.idleFor()).isEqualTo(Duration.ofMinutes(12));
        assertThat(counter2.finishedToday()).isEqualTo(1);
        // Counter 2 serves B and A: A002 waits for it.
        assertThat(counter2.waitingForIt()).isEqualTo(1);

        CounterNow counter3 = counter(3);
        assertThat(counter3.idle()).isTrue();
        assertThat(counter3.idleFor()).as("nothing served there yet today").isNull();
        assertThat(counter3.finishedToday()).isZero();
        // Counter 3 serves C and D: C001 waits for it.
        assertThat(counter3.waitingForIt()).isEqualTo(1);
    }

    @Test
    void aTransferOrAnAbsentVisitorAlsoFreesTheCounter() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        at(7, 35);
        route.transfer(1, "DD-GCN", null, null);
        at(7, 45);
        assertThat(counter(1).idleFor()).isEqualTo(Duration.ofMinutes(10));

        callNext.callNext(1);
        serve.recall(1);
        serve.recall(1);
        at(7, 50);
        serve.noShow(1);
        at(7, 51);
        assertThat(counter(1).idleFor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(counter(1).finishedToday()).as("the visitor sent on was dealt with there, the absent one was not")
                .isEqualTo(1);
    }

    @Test
    void aCounterWithoutAnOfficerIsClosed() {
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();

        CounterNow counter5 = counter(5);

        assertThat(counter5.open()).isFalse();
        assertThat(counter5.idle()).isFalse();
        assertThat(counter5.officerName()).isNull();
        assertThat(counter5.current()).isNull();
        assertThat(counter5.name()).isEqualTo("Quầy 5 – Lao động – TB&XH");
        assertThat(counters.now(queue.now().waitingPerService())).extracting(CounterNow::number)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    private CounterNow counter(int number) {
        List<CounterNow> all = counters.now(queue.now().waitingPerService());
        return all.stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    private void at(int hour, int minute) {
        clock.set(LocalDateTime.of(2026, 11, 23, hour, minute));
    }
}
