package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.report.QueueFigures.LongWait;
import vn.motcua.report.QueueFigures.QueueNow;
import vn.motcua.report.QueueFigures.ServiceQueue;

/** The board's queue page, with tickets taken and moved through the real queue services. */
@ServerTest
class QueueFiguresTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    RouteTicket route;
    @Autowired
    CarryOver carryOver;
    @Autowired
    QueueFigures figures;
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
    void eachServiceShowsWhoWaitsThePriorityVisitorsAndTheLongestWait() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(4));
        issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
        issueTicket.issue("CA-CT", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(8));

        QueueNow queue = figures.now();

        assertThat(service(queue, "A")).extracting(ServiceQueue::waiting, ServiceQueue::priorityWaiting,
                ServiceQueue::longestWait).containsExactly(2L, 1L, Duration.ofMinutes(12));
        assertThat(service(queue, "G")).extracting(ServiceQueue::waiting, ServiceQueue::longestWait)
                .containsExactly(1L, Duration.ofMinutes(8));
        assertThat(service(queue, "B")).extracting(ServiceQueue::waiting, ServiceQueue::longestWait)
                .containsExactly(0L, null);
        assertThat(queue.services()).extracting(ServiceQueue::letter)
                .containsExactly("A", "B", "C", "D", "E", "F", "G");
        assertThat(queue.waiting()).isEqualTo(3);
        assertThat(queue.overTarget()).isZero();
        assertThat(queue.targetWait()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void ticketsWaitingLongerThanTheTargetAreListedLongestFirst() {
        at(7, 30);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(7, 40);
        issueTicket.issue("HT-KS", PriorityCategory.PREGNANT);
        at(7, 55);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);

        at(8, 10);
        // A002 has waited exactly the target: not over it yet.
        assertThat(service(figures.now(), "A").overTarget()).extracting(LongWait::number).containsExactly("A001");

        at(8, 11);
        QueueNow queue = figures.now();
        assertThat(service(queue, "A").overTarget()).containsExactly(
                new LongWait("A001", false, Duration.ofMinutes(41)),
                new LongWait("A002", true, Duration.ofMinutes(31)));
        assertThat(queue.overTarget()).isEqualTo(2);
        assertThat(service(queue, "A").longestWait()).isEqualTo(Duration.ofMinutes(41));
    }

    @Test
    void aTransferredTicketWaitsInItsNewQueueFromTheTransfer() {
        at(7, 30);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(7, 35);
        callNext.callNext(1);
        at(7, 40);
        route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");

        at(8, 15);
        QueueNow queue = figures.now();

        assertThat(service(queue, "A").waiting()).isZero();
        assertThat(service(queue, "C").waiting()).isEqualTo(1);
        assertThat(service(queue, "C").longestWait()).isEqualTo(Duration.ofMinutes(35));
        assertThat(service(queue, "C").overTarget()).containsExactly(new LongWait("A001", false, Duration.ofMinutes(35)));
    }

    @Test
    void aTicketCarriedOverWaitsFromTodaysOpeningNotOvernight() {
        clock.set(LocalDateTime.of(2026, 11, 23, 16, 50));
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        clock.set(LocalDateTime.of(2026, 11, 23, 17, 1));
        assertThat(carryOver.run(clock.instant())).hasSize(1);

        // Tuesday: the center opens at 07:30.
        clock.set(LocalDateTime.of(2026, 11, 24, 7, 0));
        data.setting("ticket_number_start", 100);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        assertThat(service(figures.now(), "A").longestWait()).isEqualTo(Duration.ZERO);

        clock.set(LocalDateTime.of(2026, 11, 24, 7, 50));
        ServiceQueue line = service(figures.now(), "A");
        assertThat(line.waiting()).isEqualTo(2);
        // The ticket taken at 07:00 today has waited longest; the carried one only since 07:30.
        assertThat(line.longestWait()).isEqualTo(Duration.ofMinutes(50));
        assertThat(line.overTarget()).containsExactly(new LongWait("A100", false, Duration.ofMinutes(50)));

        clock.set(LocalDateTime.of(2026, 11, 24, 8, 5));
        assertThat(service(figures.now(), "A").overTarget()).containsExactly(
                new LongWait("A100", false, Duration.ofMinutes(65)), new LongWait("A001", false, Duration.ofMinutes(35)));
    }

    @Test
    void aServiceWhoseCountersAreAllClosedIsStrandedOnceSomebodyWaits() {
        jdbc.sql("update counter set current_officer_id = null where number = 5").update();
        assertThat(service(figures.now(), "F").openCounters()).isZero();
        assertThat(service(figures.now(), "F").stranded()).as("nobody waits yet").isFalse();

        issueTicket.issue("LD-TCXH", PriorityCategory.NONE);

        assertThat(service(figures.now(), "F").stranded()).isTrue();
        // Counters 1 and 2 both serve A and B; counters 3 and 4 both serve C and D.
        assertThat(figures.now().services()).extracting(ServiceQueue::letter, ServiceQueue::openCounters)
                .containsExactly(tuple("A", 2L), tuple("B", 2L), tuple("C", 2L), tuple("D", 2L), tuple("E", 1L),
                        tuple("F", 0L), tuple("G", 1L));
    }

    private void at(int hour, int minute) {
        clock.set(LocalDateTime.of(2026, 11, 23, hour, minute));
    }

    private static ServiceQueue service(QueueNow queue, String letter) {
        return queue.services().stream().filter(line -> line.letter().equals(letter)).findFirst().orElseThrow();
    }
}
