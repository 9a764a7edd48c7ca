package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.TicketRepository;

@ServerTest
class CallNextTicketTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    TicketRepository tickets;
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
    void oldestTicketIsCalledFirst() {
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.NONE);
        assertThat(callNext.callNext(1)).map(Ticket::getNumber).contains("A001");
    }

    @Test
    void priorityVisitorIsCalledBeforeOlderOrdinaryTickets() {
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.WAR_INVALID);
        assertThat(callNext.callNext(1)).map(Ticket::getNumber).contains("A003");
        serve.startServing(1);
        assertThat(callNext.callNext(1)).map(Ticket::getNumber).contains("A001");
    }

    @Test
    void counterCallsOnlyTheServicesItServes() {
        issue("HT-KS", PriorityCategory.NONE);
        assertThat(callNext.callNext(6)).isEmpty();
        assertThat(callNext.callNext(1)).map(Ticket::getNumber).contains("A001");
    }

    @Test
    void calledTicketRecordsCounterOfficerAndTime() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        clock.advance(Duration.ofMinutes(7));
        Ticket called = callNext.callNext(3).orElseThrow();
        assertThat(called.getStatus()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.getCounter().getNumber()).isEqualTo(3);
        assertThat(called.getOfficer().getId()).isEqualTo(data.officerId("CB02"));
        assertThat(Duration.between(called.getIssuedAt(), called.getCalledAt())).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void callingNextFinishesTheTicketBeingServed() {
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.NONE);
        Ticket first = callNext.callNext(1).orElseThrow();
        serve.startServing(1);
        callNext.callNext(1);
        Ticket done = tickets.findById(first.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(done.getFinishedAt()).isNotNull();
    }

    @Test
    void callingNextWhileTheVisitorIsOnlyCalledIsRefusedInWordsAndChangesNothing() {
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.NONE);
        Ticket called = callNext.callNext(1).orElseThrow();

        assertThatThrownBy(() -> callNext.callNext(1)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.ticket.called-not-served");
        assertThatThrownBy(() -> callNext.callChosen(1, "A002")).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.ticket.called-not-served");
        assertThat(tickets.findById(called.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.CALLED);
        assertThat(tickets.findAll()).filteredOn(t -> t.getStatus() == TicketStatus.WAITING).hasSize(1);
    }

    @Test
    void finishingStraightFromCalledMeansTheVisitorCameAndWasServed() {
        issue("HT-KS", PriorityCategory.NONE);
        issue("HT-KS", PriorityCategory.NONE);
        Ticket called = callNext.callNext(1).orElseThrow();
        clock.advance(Duration.ofMinutes(4));
        serve.finish(1);

        Ticket done = tickets.findById(called.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TicketStatus.DONE);
        assertThat(Duration.between(done.getServedAt(), done.getFinishedAt())).isEqualTo(Duration.ofMinutes(4));
        assertThat(callNext.callNext(1)).map(Ticket::getNumber).contains("A002");
    }

    @Test
    void finishWithoutACurrentTicketIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> serve.finish(1)).isInstanceOf(Refusal.class);
        issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        assertThat(serve.finish(1).getStatus()).isEqualTo(TicketStatus.DONE);
        assertThatThrownBy(() -> serve.finish(1)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.counter.idle");
    }

    @Test
    void counterWithoutAnOfficerCannotCall() {
        jdbc.sql("update counter set current_officer_id = null where number = 2").update();
        issue("TP-CT", PriorityCategory.NONE);
        assertThatThrownBy(() -> callNext.callNext(2)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.counter.closed");
        assertThat(tickets.findAll()).allMatch(ticket -> ticket.getStatus() == TicketStatus.WAITING);
    }

    @Test
    void countersRacingForTheSameQueueNeverCallATicketTwice() throws Exception {
        int waiting = 120;
        for (int i = 0; i < waiting; i++) {
            issue(i % 2 == 0 ? "HT-KS" : "TP-CT", PriorityCategory.NONE);
        }
        // Counters 1 and 2 both serve A and B: every call is a race for the same head of the queue.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> calls = new ArrayList<>();
        for (int counter : new int[] {1, 2}) {
            calls.add(pool.submit(() -> {
                start.await();
                List<Long> called = new ArrayList<>();
                Optional<Ticket> next;
                while ((next = callNext.callNext(counter)).isPresent()) {
                    called.add(next.get().getId());
                    serve.startServing(counter);
                }
                return called;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> call : calls) {
            all.addAll(call.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(waiting).doesNotHaveDuplicates();
        assertThat(Collections.frequency(tickets.findAll().stream().map(Ticket::getStatus).toList(),
                TicketStatus.WAITING)).isZero();
    }

    private void issue(String service, PriorityCategory priority) {
        issueTicket.issue(service, priority);
        clock.advance(Duration.ofSeconds(30));
    }
}
