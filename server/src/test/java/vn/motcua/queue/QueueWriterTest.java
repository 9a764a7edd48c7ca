package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.i18n.Refusal;

/**
 * Changes waiting for the writer share a commit; one refused change among them undoes that shared commit, and the
 * batch is written again one change at a time: only the refused change fails, and nothing is written twice.
 */
@ServerTest
class QueueWriterTest {

    private static final int TICKETS = 12;
    private static final int REFUSED = 3;

    @Autowired
    QueueWriter writer;
    @Autowired
    IssueTicket issueTicket;
    @Autowired
    ServeTicket serve;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    /** Enough threads for every change to wait at once (the common pool has one thread on two cores). */
    private final ExecutorService callers = Executors.newFixedThreadPool(TICKETS + REFUSED + 1);

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aRefusedChangeInABatchFailsAloneAndTheOthersAreWrittenOnce() throws Exception {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = CompletableFuture.supplyAsync(() -> writer.write(() -> {
            writerBusy.countDown();
            await(release);
            return null;
        }), callers);
        writerBusy.await();
        List<CompletableFuture<String>> issued = new ArrayList<>();
        List<CompletableFuture<Ticket>> refused = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            issued.add(CompletableFuture.supplyAsync(() -> issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket()
                    .getNumber(), callers));
            if (i % (TICKETS / REFUSED) == 0) {
                // Counter 3 serves nobody: finishing there is refused, in the middle of the batch.
                refused.add(CompletableFuture.supplyAsync(() -> serve.finish(3), callers));
            }
        }
        Thread.sleep(500); // every change is waiting behind the blocker: they make one batch
        release.countDown();
        blocker.get();

        assertThat(issued.stream().map(CompletableFuture::join).sorted().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, TICKETS)
                        .mapToObj(n -> String.format("A%03d", n)).toList());
        for (CompletableFuture<Ticket> failed : refused) {
            assertThat(refusalOf(failed)).isEqualTo("problem.counter.idle");
        }
        assertThat(data.count("ticket")).isEqualTo(TICKETS);
        assertThat(jdbc.sql("select count(*) from ticket_event where kind = 'ISSUED'").query(Long.class).single())
                .as("one ISSUED event per ticket, none left from the undone batch").isEqualTo(TICKETS);
        assertThat(jdbc.sql("select last_number from ticket_number").query(Integer.class).single()).isEqualTo(TICKETS);
    }

    @Test
    void aChangeMadeInsideTheWriterRunsInPlace() {
        String number = writer.write(() -> issueTicket.issue("HT-KS", PriorityCategory.NONE).ticket().getNumber());
        assertThat(number).isEqualTo("A001");
        assertThat(data.count("ticket")).isEqualTo(1);
    }

    private static String refusalOf(CompletableFuture<?> failed) {
        try {
            failed.get();
            throw new AssertionError("expected a refusal");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(Refusal.class);
            return ((Refusal) e.getCause()).messageKey();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
