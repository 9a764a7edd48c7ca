package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.queue.internal.TicketEventRepository;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.ReportPeriod;
import vn.motcua.report.Scorecards;
import vn.motcua.report.Scorecards.Figures;

/**
 * Individual accountability across a take-over: Hương (CB01) calls A001 at counter 1 and leaves; Ánh (CB07) sits
 * down there and deals with the visitor. The record names Hương for the call and Ánh for what Ánh did.
 */
@ServerTest
class TakeOverTest {

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
    GiveRating giveRating;
    @Autowired
    Scorecards scorecards;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketEventRepository events;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    private long huong;
    private long anh;
    private Ticket ticket;

    @BeforeEach
    void huongCallsA001AtCounter1() {
        data.startOfDay();
        huong = data.officerId("CB01");
        anh = data.officerId("CB07");
        clock.set(LocalDateTime.of(2026, 11, 23, 8, 0));
        openCounter.open(1, huong, Actor.user("cb01"));
        ticket = issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket();
        clock.advance(Duration.ofMinutes(5));
        callNext.callNext(1);
    }

    @Test
    void aFinishByTheOfficerWhoTookOverIsTheirsAndSoIsTheRating() {
        serve.startServing(1);
        takeOver();
        serve.finish(1);

        assertThat(history()).containsExactly(
                step(TicketEventKind.ISSUED, null), step(TicketEventKind.CALLED, huong),
                step(TicketEventKind.SERVING, huong), step(TicketEventKind.FINISHED, anh));
        assertThat(current().getOfficer().getId()).isEqualTo(anh);
        assertThat(giveRating.rate(1, RatingLevel.SATISFIED).getOfficer().getId()).isEqualTo(anh);
        Figures anhsDay = day("CB07");
        assertThat(anhsDay.ticketsServed()).isEqualTo(1);
        assertThat(anhsDay.ratings()).containsEntry(RatingLevel.SATISFIED, 1L);
        Figures huongsDay = day("CB01");
        assertThat(huongsDay.ticketsServed()).as("Hương called and started but did not finish").isZero();
        assertThat(huongsDay.averageWait()).as("the call is still Hương's").isEqualTo(Duration.ofMinutes(5));
        assertThat(huongsDay.ratings()).containsEntry(RatingLevel.SATISFIED, 0L);
    }

    @Test
    void aHoldByTheOfficerWhoTookOverIsTheirs() {
        serve.startServing(1);
        takeOver();
        serve.hold(1, "Đi photo giấy tờ");

        assertThat(history().getLast()).isEqualTo(step(TicketEventKind.HELD, anh));
        assertThat(current().getOfficer().getId()).isEqualTo(anh);
    }

    @Test
    void aTransferByTheOfficerWhoTookOverIsTheirs() {
        serve.startServing(1);
        takeOver();
        route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");

        assertThat(history().getLast()).isEqualTo(step(TicketEventKind.TRANSFERRED, anh));
        assertThat(day("CB07").transfers()).isEqualTo(1);
        assertThat(day("CB07").ticketsServed()).isEqualTo(1);
        assertThat(day("CB01").transfers()).isZero();
        assertThat(day("CB01").ticketsServed()).isZero();
    }

    @Test
    void recallsAndAnAbsenceByTheOfficerWhoTookOverAreTheirs() {
        serve.recall(1);
        takeOver();
        serve.recall(1);
        serve.noShow(1);

        assertThat(history()).containsExactly(
                step(TicketEventKind.ISSUED, null), step(TicketEventKind.CALLED, huong),
                step(TicketEventKind.RECALLED, huong), step(TicketEventKind.RECALLED, anh),
                step(TicketEventKind.NO_SHOW, anh));
        assertThat(day("CB07").noShows()).isEqualTo(1);
        assertThat(day("CB01").noShows()).isZero();
    }

    private void takeOver() {
        clock.advance(Duration.ofMinutes(3));
        openCounter.open(1, anh, Actor.user("cb07"));
        clock.advance(Duration.ofMinutes(3));
    }

    private Ticket current() {
        return tickets.findById(ticket.getId()).orElseThrow();
    }

    private Figures day(String officerCode) {
        return scorecards.of(officerCode, ReportPeriod.day(MONDAY)).total();
    }

    private List<Step> history() {
        return events.findByTicketIdOrderByIdAsc(ticket.getId()).stream()
                .map(event -> new Step(event.getKind(), event.getOfficerId())).toList();
    }

    private static Step step(TicketEventKind kind, Long officerId) {
        return new Step(kind, officerId);
    }

    /** One line of the ticket's history: what happened, and on whose name. */
    private record Step(TicketEventKind kind, Long officerId) {
    }
}
