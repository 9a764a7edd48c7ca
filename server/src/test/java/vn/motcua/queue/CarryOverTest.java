package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.queue.internal.CounterSessionRepository;
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.internal.TicketEventRepository;

/** Seed 002: visitors still waiting at closing time are served first on the next working day, with their number. */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class CarryOverTest {

    @Autowired
    CarryOver carryOver;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    OpenCounter openCounter;
    @Autowired
    TicketRepository tickets;
    @Autowired
    CounterRepository counters;
    @Autowired
    CounterSessionRepository sessions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TicketEventRepository events;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void nothingMovesBeforeClosingTime() {
        clock.set(LocalDateTime.of(2026, 11, 27, 9, 0));
        issue("HT-KS");
        clock.set(LocalDateTime.of(2026, 11, 27, 16, 59));
        assertThat(carryOver.run(clock.instant())).isEmpty();
    }

    @Test
    void fridaysWaitingTicketsAreCalledFirstOnMondayWithTheirNumbers() {
        clock.set(LocalDateTime.of(2026, 11, 27, 15, 0)); // a Friday
        issue("HT-KS");
        issue("HT-KS");
        issue("HT-KS");
        callNext.callNext(1);
        serve.finish(1);

        clock.set(LocalDateTime.of(2026, 11, 27, 17, 0));
        List<Ticket> carried = carryOver.run(clock.instant());

        assertThat(carried).extracting(Ticket::getNumber).containsExactly("A002", "A003");
        assertThat(tickets.findAll()).filteredOn(t -> t.getStatus() == TicketStatus.WAITING).allSatisfy(t -> {
            assertThat(t.getQueueDay()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(t.getCarriedFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(t.getQueueRank()).isEqualTo(QueueRank.CARRIED_OVER);
        });
        assertThat(carryOver.run(clock.instant())).as("running again changes nothing").isEmpty();

        clock.set(LocalDateTime.of(2026, 11, 30, 7, 30)); // Monday
        data.officersSitDown();
        issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
        assertThat(issue("HT-KS").getNumber()).as("A002 and A003 are still held by Friday's visitors")
                .isEqualTo("A004");
        Ticket first = callNext.callNext(1).orElseThrow();
        serve.startServing(1);
        Ticket second = callNext.callNext(1).orElseThrow();
        serve.startServing(1);
        Ticket third = callNext.callNext(1).orElseThrow();
        assertThat(List.of(first, second, third)).extracting(Ticket::getNumber, Ticket::getServiceDay)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A002", LocalDate.of(2026, 11, 27)),
                        org.assertj.core.groups.Tuple.tuple("A003", LocalDate.of(2026, 11, 27)),
                        org.assertj.core.groups.Tuple.tuple("A001", LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aNumberHeldByACarriedOverTicketIsNotHandedOutAgainThatDayWhateverItsStateNow() {
        clock.set(LocalDateTime.of(2026, 11, 27, 15, 0)); // a Friday
        issue("HT-KS");
        issue("HT-KS");
        issue("HT-KS");
        issue("TP-CT");
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 1));
        assertThat(carryOver.run(clock.instant())).extracting(Ticket::getNumber)
                .containsExactly("A001", "A002", "A003", "B001");

        clock.set(LocalDateTime.of(2026, 11, 30, 7, 30)); // Monday: A002 is served and gone before anyone queues
        data.officersSitDown();
        assertThat(callNext.callChosen(1, "A002").getNumber()).isEqualTo("A002");
        serve.finish(1);
        List<String> monday = List.of(issue("HT-KS").getNumber(), issue("HT-KS").getNumber(),
                issue("TP-CT").getNumber(), issue("CA-CT").getNumber());

        assertThat(monday).containsExactly("A004", "A005", "B002", "G001");
        assertThat(tickets.findAll()).filteredOn(t -> t.getQueueDay().equals(LocalDate.of(2026, 11, 30)))
                .extracting(Ticket::getNumber).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void aNextDayTicketTakenBeforeTheClosingJobRanDoesNotTakeANumberAboutToBeCarriedIntoThatDay() {
        data.setting("next_day_tickets", true);
        clock.set(LocalDateTime.of(2026, 11, 27, 15, 0)); // a Friday
        issue("HT-KS");
        issue("HT-KS");
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 0, 20)); // closed, the job not yet run
        Ticket forMonday = issue("HT-KS");
        assertThat(forMonday.getQueueDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(forMonday.getNumber()).isEqualTo("A003");

        carryOver.run(clock.instant());
        assertThat(tickets.findAll()).filteredOn(t -> t.getQueueDay().equals(LocalDate.of(2026, 11, 30)))
                .extracting(Ticket::getNumber).containsExactlyInAnyOrder("A001", "A002", "A003");
    }

    @Test
    void noCounterStaysOpenAfterClosingEvenOneSeatedWithoutASessionButAMorningStartLeavesThemSeated() {
        clock.set(LocalDateTime.of(2026, 11, 27, 7, 0)); // the demo's counters are seated, with no session on record
        carryOver.run(clock.instant());
        assertThat(counters.findAll()).allSatisfy(counter -> assertThat(counter.getCurrentOfficer()).isNotNull());

        long closedBefore = jdbc.sql("select count(*) from audit_record where action = 'COUNTER_CLOSED' and actor = 'system'")
                .query(Long.class).single();
        clock.set(LocalDateTime.of(2026, 11, 27, 17, 1));
        carryOver.run(clock.instant());
        assertThat(counters.findAll()).allSatisfy(counter -> assertThat(counter.getCurrentOfficer())
                .as("counter %d after closing", counter.getNumber()).isNull());
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'COUNTER_CLOSED' and actor = 'system'")
                .query(Long.class).single() - closedBefore).isEqualTo(counters.count());
    }

    @Test
    void everyOpenStateGetsADefinedEndAtTheClosingInstant() {
        clock.set(LocalDateTime.of(2026, 11, 27, 15, 0)); // a Friday
        Ticket serving = issue("HT-KS");
        Ticket called = issue("HT-KS");
        Ticket waiting = issue("HT-KS");
        Ticket held = issue("DD-GCN");
        openCounter.open(1, data.officerId("CB01"), Actor.user("cb01"));
        callNext.callNext(1);
        clock.set(LocalDateTime.of(2026, 11, 27, 15, 10));
        serve.startServing(1);
        callNext.callNext(2);
        callNext.callNext(3);
        serve.startServing(3);
        serve.hold(3, "Đi photo sổ đỏ");
        Instant closing = LocalDateTime.of(2026, 11, 27, 17, 0).atZone(CenterTime.ZONE).toInstant();

        clock.set(LocalDateTime.of(2026, 11, 27, 17, 5)); // the job runs late
        assertThat(carryOver.run(clock.instant())).extracting(Ticket::getId)
                .containsExactlyInAnyOrder(called.getId(), waiting.getId(), held.getId());

        Ticket finished = tickets.findById(serving.getId()).orElseThrow();
        assertThat(finished.getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(finished.getFinishedAt()).as("closed at closing time, not when the job ran").isEqualTo(closing);
        TicketEvent end = events.findByTicketIdOrderByIdAsc(serving.getId()).getLast();
        assertThat(end.getKind()).isEqualTo(TicketEventKind.FINISHED);
        assertThat(end.getFromStatus()).isEqualTo(TicketStatus.SERVING);
        assertThat(end.getAt()).isEqualTo(closing);
        assertThat(end.getOfficerId()).isEqualTo(data.officerId("CB01"));
        assertThat(end.getReason()).isNotBlank();

        for (Ticket open : List.of(called, held, waiting)) {
            Ticket carried = tickets.findById(open.getId()).orElseThrow();
            assertThat(carried.getStatus()).isEqualTo(TicketStatus.WAITING);
            assertThat(carried.getNumber()).isEqualTo(open.getNumber());
            assertThat(carried.getQueueDay()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(carried.getQueueRank()).isEqualTo(QueueRank.CARRIED_OVER);
            assertThat(carried.getCarriedFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
        }
        assertThat(tickets.findById(held.getId()).orElseThrow().getHoldComment()).isEqualTo("Đi photo sổ đỏ");
        assertThat(List.of(called, held, waiting)).map(t -> events.findByTicketIdOrderByIdAsc(t.getId()).getLast())
                .allSatisfy(event -> {
                    assertThat(event.getKind()).isEqualTo(TicketEventKind.CARRIED_OVER);
                    assertThat(event.getAt()).isEqualTo(closing);
                })
                .extracting(TicketEvent::getFromStatus)
                .containsExactly(TicketStatus.CALLED, TicketStatus.HELD, TicketStatus.WAITING);

        assertThat(sessions.findByCounterIdAndClosedAtIsNull(counters.findByNumber(1).orElseThrow().getId()))
                .as("the counter's session ends at closing").isEmpty();
        assertThat(sessions.findAll()).singleElement().satisfies(session -> {
            assertThat(session.getClosedAt()).isEqualTo(closing);
            assertThat(session.getClosedReason()).isEqualTo(CounterSession.ClosedReason.DAY_CLOSED.name());
        });
        assertThat(counters.findByNumber(1).orElseThrow().getCurrentOfficer()).isNull();

        long recorded = events.count();
        assertThat(carryOver.run(clock.instant())).as("running again changes nothing").isEmpty();
        assertThat(events.count()).isEqualTo(recorded);

        clock.set(LocalDateTime.of(2026, 11, 30, 7, 30)); // Monday: Friday's held ticket is not resumed, it is called
        data.officersSitDown();
        assertThatThrownBy(() -> serve.resume(3, Optional.empty())).isInstanceOf(Refusal.class);
        assertThat(callNext.callNext(3)).map(Ticket::getNumber).contains(held.getNumber());
    }

    @Test
    void aServerDownOverSeveralClosingsEndsEachTicketAtItsOwnDaysClosing() {
        clock.set(LocalDateTime.of(2026, 11, 26, 16, 0)); // Thursday
        Ticket serving = issue("HT-KS");
        Ticket waiting = issue("HT-KS");
        callNext.callNext(1);
        serve.startServing(1);

        clock.set(LocalDateTime.of(2026, 11, 30, 7, 0)); // back on Monday morning
        assertThat(carryOver.run(clock.instant())).extracting(Ticket::getId).containsExactly(waiting.getId());

        Instant thursdayClosing = LocalDateTime.of(2026, 11, 26, 17, 0).atZone(CenterTime.ZONE).toInstant();
        assertThat(tickets.findById(serving.getId()).orElseThrow().getFinishedAt()).isEqualTo(thursdayClosing);
        assertThat(tickets.findById(waiting.getId()).orElseThrow().getQueueDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(events.findByTicketIdOrderByIdAsc(waiting.getId()).getLast().getAt()).isEqualTo(thursdayClosing);
        assertThat(carryOver.run(clock.instant())).isEmpty();
    }

    @Test
    void withoutAnyWorkingHoursTheJobDoesNothingAndSaysSoOnce(CapturedOutput output) {
        clock.set(LocalDateTime.of(2026, 11, 23, 16, 0));
        Ticket waiting = issue("HT-KS"); // left waiting on a day the job never closed
        List<Map<String, Object>> week = jdbc.sql("select * from working_hours").query().listOfRows();
        jdbc.sql("delete from working_hours").update();
        try {
            for (int minute = 1; minute <= 3; minute++) {
                clock.set(LocalDateTime.of(2026, 11, 24, 17, minute));
                assertThat(carryOver.run(clock.instant())).isEmpty();
            }
            assertThat(tickets.findById(waiting.getId()).orElseThrow().getQueueDay())
                    .isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(output.getAll().split("No working hours", -1)).as("one warning, not one a minute").hasSize(2);
        } finally {
            for (Map<String, Object> day : week) {
                jdbc.sql("insert into working_hours (iso_weekday, opens, closes) values (?, ?, ?)")
                        .params(day.get("iso_weekday"), day.get("opens"), day.get("closes")) // keys ignore case
                        .update();
            }
        }
    }

    @Test
    void carryOverSkipsTheWeekendAndTheApril30AndMay1Holidays() {
        clock.set(LocalDateTime.of(2026, 4, 29, 16, 0)); // Wednesday before 30/4 and 1/5
        Ticket waiting = issue("DD-GCN");
        clock.set(LocalDateTime.of(2026, 4, 29, 17, 1));
        carryOver.run(clock.instant());
        assertThat(tickets.findById(waiting.getId()).orElseThrow().getQueueDay()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aServerThatWasDownAtClosingCatchesUpNextMorning() {
        clock.set(LocalDateTime.of(2026, 11, 24, 16, 30));
        Ticket waiting = issue("CA-CT");
        clock.set(LocalDateTime.of(2026, 11, 25, 7, 0)); // restarted the next morning
        assertThat(carryOver.run(clock.instant())).extracting(Ticket::getId).containsExactly(waiting.getId());
        Ticket carried = tickets.findById(waiting.getId()).orElseThrow();
        assertThat(carried.getQueueDay()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(events.findByTicketIdOrderByIdAsc(waiting.getId())).extracting(TicketEvent::getKind)
                .containsExactly(TicketEventKind.ISSUED, TicketEventKind.CARRIED_OVER);
    }

    private Ticket issue(String service) {
        Ticket ticket = issueTicket.issue(service, PriorityCategory.NONE).ticket();
        clock.advance(Duration.ofSeconds(30));
        return ticket;
    }
}
