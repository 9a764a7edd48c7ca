package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.ServedByOfficer;
import vn.motcua.report.CounterFigures.CounterNow;

/**
 * One definition of "served": the console's "Kết quả hôm nay", the board's counter line and the scorecard give the
 * same number for the same officer and day, through a take-over, an absence, a transfer, a walk-in and a second
 * service.
 */
@ServerTest
class ServedFiguresAgreeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    OpenCounter openCounter;
    @Autowired
    ServedByOfficer servedByOfficer;
    @Autowired
    CounterFigures counterFigures;
    @Autowired
    Scorecards scorecards;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void theConsoleTheBoardAndTheScorecardCountTheSameServedVisitors() {
        long anh = data.officerId("CB07");
        long huong = data.officerId("CB01");
        at(7, 30);
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("HT-KS", PriorityCategory.NONE);
        }
        openCounter.open(1, anh, Actor.user("cb07"));
        at(7, 35);
        callNext.callNext(1);                        // A001: Ánh calls and starts, then leaves
        serve.startServing(1);
        at(7, 40);
        openCounter.open(1, huong, Actor.user("cb01"));
        at(7, 45);
        serve.finish(1);                             // Hương finishes A001: served by her
        callNext.callNext(1);                        // A002 does not come
        serve.recall(1);
        serve.recall(1);
        at(7, 50);
        serve.noShow(1);
        callNext.callNext(1);                        // A003: served, then sent to land
        serve.startServing(1);
        at(7, 55);
        route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");
        issueTicket.serveWalkIn(1, "HT-KS");          // a walk-in
        at(8, 0);
        serve.finish(1);
        callNext.callNext(1);                        // A004 and, in the same visit, a certification
        serve.startServing(1);
        at(8, 5);
        route.secondService(1, "TP-CT");
        at(8, 10);
        serve.finish(1);
        callNext.callNext(3);                        // Đức serves A003 after the transfer at his own counter
        serve.finish(3);

        long console = servedByOfficer.today(huong).served();
        long board = counterFigures.now(Map.of()).stream().filter(counter -> counter.number() == 1)
                .mapToLong(CounterNow::finishedToday).sum();
        long scorecard = scorecards.of("CB01", ReportPeriod.day(MONDAY)).total().ticketsServed();

        assertThat(console).as("A001, A003, the walk-in, A004 and its second service").isEqualTo(5);
        assertThat(board).as("the board's counter 1, where only Hương served").isEqualTo(console);
        assertThat(scorecard).isEqualTo(console);
        assertThat(servedByOfficer.today(anh).served()).as("Ánh left before finishing").isZero();
        assertThat(scorecards.of("CB07", ReportPeriod.day(MONDAY)).total().ticketsServed()).isZero();
    }

    private void at(int hour, int minute) {
        clock.set(MONDAY.atTime(hour, minute));
    }
}
