package vn.motcua;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;

/**
 * A Monday morning at counter 1 with every way a visit can end, for the tests that count "served": Ánh (CB07) calls
 * A001, starts, and leaves; Hương (CB01) takes the counter over and finishes A001, calls A002 who never comes, serves
 * A003 and sends it to land, serves a walk-in, and serves A004 with a second service in the same visit. Đức (CB02)
 * serves A003 at counter 3. Hương served five visitors; Ánh none. The clock stops at 08:10, Hương seated at counter 1.
 */
@TestComponent
public class ServedDay {

    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    /** What the console, the board's counter 1 and the scorecard must all say for Hương. */
    public static final int SERVED_BY_HUONG = 5;

    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
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

    public void play() {
        data.startOfDay();
        at(7, 30);
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("HT-KS", PriorityCategory.NONE);
        }
        openCounter.open(1, data.officerId("CB07"), Actor.user("cb07"));
        at(7, 35);
        callNext.callNext(1);                        // A001: Ánh calls and starts, then leaves
        serve.startServing(1);
        at(7, 40);
        openCounter.open(1, data.officerId("CB01"), Actor.user("cb01"));
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
    }

    private void at(int hour, int minute) {
        clock.set(MONDAY.atTime(hour, minute));
    }
}
