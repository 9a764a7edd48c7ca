package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.internal.TicketEventRepository;

/** The rules of a real service center's day, one behaviour per test. */
@ServerTest
class QueueRulesTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketEventRepository events;
    @Autowired
    QueueSnapshot snapshot;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void numberingStartAndWidthAreCenterSettings() {
        data.setting("ticket_number_start", 100);
        data.setting("ticket_number_width", 4);
        assertThat(issue("HT-KS").getNumber()).isEqualTo("A0100");
        assertThat(issue("HT-KS").getNumber()).isEqualTo("A0101");
    }

    @Test
    void counterPrefersItsFirstServiceThenTheOldest() {
        // Counter 2 serves B first, then A.
        issue("HT-KS");
        issue("TP-CT");
        assertThat(callAndServe(2)).isEqualTo("B001");
        assertThat(callAndServe(2)).isEqualTo("A001");
    }

    @Test
    void priorityCapLetsAnOrdinaryVisitorThrough() {
        data.setting("priority_call_cap", 2);
        issue("HT-KS");
        for (int i = 0; i < 4; i++) {
            issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
            clock.advance(Duration.ofSeconds(10));
        }
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            called.add(callAndServe(1));
        }
        assertThat(called).containsExactly("A002", "A003", "A001", "A004", "A005");
    }

    @Test
    void strictPriorityIsTheDefault() {
        issue("HT-KS");
        issueTicket.issue("HT-KS", PriorityCategory.PREGNANT);
        issueTicket.issue("HT-KS", PriorityCategory.DISABILITY);
        issueTicket.issue("HT-KS", PriorityCategory.WAR_INVALID);
        assertThat(List.of(callAndServe(1), callAndServe(1), callAndServe(1),
                callAndServe(1))).containsExactly("A002", "A003", "A004", "A001");
    }

    @Test
    void anOfficerMayCallAChosenTicketOutOfOrder() {
        issue("HT-KS");
        issue("HT-KS");
        Ticket chosen = callNext.callChosen(1, "A002");
        assertThat(chosen.getNumber()).isEqualTo("A002");
        assertThat(chosen.getStatus()).isEqualTo(TicketStatus.CALLED);
        assertThatThrownBy(() -> callNext.callChosen(1, "A002")).isInstanceOf(Refusal.class);
    }

    @Test
    void recallsAreCountedAndAbsenceNeedsTheRequiredRecalls() {
        issue("HT-KS");
        callNext.callNext(1);
        assertThatThrownBy(() -> serve.noShow(1)).isInstanceOf(Refusal.class)
                .extracting(p -> ((Refusal) p).messageKey()).isEqualTo("problem.ticket.recall-first");
        serve.recall(1);
        assertThat(serve.recall(1).getRecalls()).isEqualTo(2);
        Ticket absent = serve.noShow(1);
        assertThat(absent.getStatus()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void anAbsentVisitorWhoReturnsTheSameDayGoesToTheFront() {
        Ticket first = issue("HT-KS");
        issue("HT-KS");
        issue("HT-KS");
        data.setting("recalls_before_no_show", 0);
        callNext.callNext(1);
        serve.noShow(1);

        route.returnAfterNoShow(first.getTrackingCode());

        assertThat(callAndServe(1)).isEqualTo("A001");
        assertThat(callAndServe(1)).isEqualTo("A002");
    }

    @Test
    void anAbsentVisitorCannotReturnOnAnotherDay() {
        Ticket ticket = issue("HT-KS");
        data.setting("recalls_before_no_show", 0);
        callNext.callNext(1);
        serve.noShow(1);
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> route.returnAfterNoShow(ticket.getTrackingCode())).isInstanceOf(Refusal.class)
                .extracting(p -> ((Refusal) p).messageKey()).isEqualTo("problem.ticket.expired");
    }

    @Test
    void startServingThenFinishRecordsTheServiceTime() {
        issue("DD-GCN");
        callNext.callNext(3);
        clock.advance(Duration.ofMinutes(1));
        serve.startServing(3);
        clock.advance(Duration.ofMinutes(12));
        Ticket done = serve.finish(3);
        assertThat(Duration.between(done.getServedAt(), done.getFinishedAt())).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        issue("DD-GCN");
        callNext.callNext(3);
        serve.startServing(3);
        assertThatThrownBy(() -> serve.startServing(3)).isInstanceOf(IllegalTicketTransition.class);
        assertThatThrownBy(() -> serve.recall(3)).isInstanceOf(IllegalTicketTransition.class);
        assertThat(tickets.findAll()).singleElement().extracting(Ticket::getStatus).isEqualTo(TicketStatus.SERVING);
    }

    @Test
    void aHeldTicketWithItsCommentIsResumedAtTheSameCounter() {
        issue("DD-GCN");
        issue("DD-GCN");
        callNext.callNext(3);
        Ticket held = serve.hold(3, "Đi photo sổ hộ khẩu");
        assertThat(held.getHoldComment()).isEqualTo("Đi photo sổ hộ khẩu");
        assertThat(callAndServe(3)).isEqualTo("C002");
        serve.finish(3);

        Ticket resumed = serve.resume(3, Optional.empty());

        assertThat(resumed.getNumber()).isEqualTo("C001");
        assertThat(resumed.getStatus()).isEqualTo(TicketStatus.SERVING);
        assertThatThrownBy(() -> serve.hold(3, " ")).isInstanceOf(Refusal.class);
    }

    @Test
    void overlongCommentsAreRefusedNotTruncated() {
        issue("DD-GCN");
        callNext.callNext(3);
        assertThatThrownBy(() -> serve.hold(3, "x".repeat(401))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> route.transfer(3, "XD-GP", null, "y".repeat(401))).isInstanceOf(Refusal.class);
        assertThat(serve.hold(3, "z".repeat(400)).getStatus()).isEqualTo(TicketStatus.HELD);
    }

    @Test
    void aTransferredTicketKeepsItsNumberAndGoesToTheFrontOfTheTargetQueue() {
        issue("HT-KS");
        issue("DD-GCN");
        issue("DD-GCN");
        callNext.callNext(1);

        Ticket moved = route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");

        assertThat(moved.getNumber()).isEqualTo("A001");
        assertThat(moved.getStatus()).isEqualTo(TicketStatus.WAITING);
        assertThat(snapshot.peopleAhead(moved)).isZero();
        assertThat(callAndServe(3)).isEqualTo("A001");
        assertThat(callAndServe(3)).isEqualTo("C001");
    }

    @Test
    void aTicketTransferredToACounterIsCalledOnlyThere() {
        issue("HT-KS");
        callNext.callNext(1);
        route.transfer(1, null, 2, null);
        assertThat(callNext.callNext(1)).isEmpty();
        assertThat(callAndServe(2)).isEqualTo("A001");
    }

    @Test
    void aWalkInIsServedAtOnceAndStillNumberedAndAttributed() {
        Ticket walkIn = issueTicket.serveWalkIn(4, "KD-HKD");
        assertThat(walkIn.getNumber()).isEqualTo("E001");
        assertThat(walkIn.getOrigin()).isEqualTo(TicketOrigin.WALK_IN);
        assertThat(walkIn.getStatus()).isEqualTo(TicketStatus.SERVING);
        assertThat(walkIn.getOfficer().getId()).isEqualTo(data.officerId("CB04"));
        assertThat(issue("KD-HKD").getNumber()).isEqualTo("E002");
    }

    @Test
    void aSecondServiceInTheSameVisitKeepsTheVisitorsNumber() {
        Ticket visit = issue("HT-KS");
        callNext.callNext(1);
        Ticket second = route.secondService(1, "TP-CT");
        assertThat(second.getNumber()).isEqualTo("A001");
        assertThat(second.getService().getCode()).isEqualTo("TP-CT");
        assertThat(second.getOrigin()).isEqualTo(TicketOrigin.SECOND_SERVICE);
        assertThat(tickets.findById(visit.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(issue("TP-CT").getNumber()).isEqualTo("B001");
    }

    @Test
    void estimatedWaitUsesRecentServiceTimesAndOpenCounters() {
        // Two tickets served in 10 minutes each at counter 3, the only open counter for C besides counter 4.
        for (int i = 0; i < 2; i++) {
            issue("DD-GCN");
            callNext.callNext(3);
            clock.advance(Duration.ofMinutes(10));
            serve.finish(3);
        }
        issue("DD-GCN");
        issue("DD-GCN");
        IssueTicket.IssuedTicket third = issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        assertThat(third.peopleAhead()).isEqualTo(2);
        assertThat(third.estimatedWait().averageServiceTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(third.estimatedWait().openCounters()).isEqualTo(2);
        assertThat(third.estimatedWait().minutes()).isEqualTo(10);
    }

    @Test
    void historyRecordsEveryChangeAndAgreesWithTheTicket() {
        Ticket ticket = issue("DD-GCN");
        callNext.callNext(3);
        serve.recall(3);
        serve.startServing(3);
        serve.hold(3, "Bổ sung giấy tờ");
        serve.resume(3, Optional.of("C001"));
        route.transfer(3, "XD-GP", null, null);
        callNext.callNext(4);
        serve.finish(4);

        List<TicketEvent> history = events.findByTicketIdOrderByIdAsc(ticket.getId());
        assertThat(history).extracting(TicketEvent::getKind).containsExactly(TicketEventKind.ISSUED,
                TicketEventKind.CALLED, TicketEventKind.RECALLED, TicketEventKind.SERVING, TicketEventKind.HELD,
                TicketEventKind.RESUMED, TicketEventKind.TRANSFERRED, TicketEventKind.CALLED, TicketEventKind.FINISHED);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).getFromStatus()).as("event %d starts where %d ended", i, i - 1)
                    .isEqualTo(history.get(i - 1).getToStatus());
        }
        assertThat(history.getLast().getToStatus()).isEqualTo(tickets.findById(ticket.getId()).orElseThrow().getStatus());
        assertThat(history).filteredOn(e -> e.getKind() == TicketEventKind.CALLED).extracting(TicketEvent::getOfficerId)
                .containsExactly(data.officerId("CB02"), data.officerId("CB04"));
    }

    private Ticket issue(String service) {
        Ticket ticket = issueTicket.issue(service, PriorityCategory.NONE).ticket();
        clock.advance(Duration.ofSeconds(30));
        return ticket;
    }

    /** Calls the next visitor at a counter and starts serving them, as an officer does before calling on. */
    private String callAndServe(int counter) {
        Optional<Ticket> called = callNext.callNext(counter);
        called.ifPresent(ticket -> serve.startServing(counter));
        return called.map(Ticket::getNumber).orElse("none");
    }

    private static String number(Ticket ticket) {
        return ticket.getNumber();
    }
}
