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
import vn.motcua.queue.internal.TicketRepository;
import vn.motcua.queue.internal.TicketEventRepository;

/** Seed 002: visitors still waiting at closing time are served first on the next working day, with their number. */
@ServerTest
class CarryOverTest {

    @Autowired
    CarryOver carryOver;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    TicketRepository tickets;
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
        issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
        assertThat(issue("HT-KS").getNumber()).isEqualTo("A002");
        assertThat(List.of(callNext.callNext(1).orElseThrow(), callNext.callNext(1).orElseThrow(),
                callNext.callNext(1).orElseThrow())).extracting(Ticket::getNumber, Ticket::getServiceDay)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A002", LocalDate.of(2026, 11, 27)),
                        org.assertj.core.groups.Tuple.tuple("A003", LocalDate.of(2026, 11, 27)),
                        org.assertj.core.groups.Tuple.tuple("A001", LocalDate.of(2026, 11, 30)));
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

    @Test
    void ticketsCalledOrServedAreNotCarried() {
        clock.set(LocalDateTime.of(2026, 11, 24, 16, 0));
        issue("DD-GCN");
        callNext.callNext(3);
        clock.set(LocalDateTime.of(2026, 11, 24, 17, 30));
        assertThat(carryOver.run(clock.instant())).isEmpty();
    }

    private Ticket issue(String service) {
        Ticket ticket = issueTicket.issue(service, PriorityCategory.NONE).ticket();
        clock.advance(Duration.ofSeconds(30));
        return ticket;
    }
}
