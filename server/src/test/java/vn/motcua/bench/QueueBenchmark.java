package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.Ticket;

/**
 * Prints the queue's figures on the real H2 file database (run with ./bench.sh queue; a subclass runs it on
 * PostgreSQL): tickets issued per second by 50 kiosks at once against single-row insert-and-commit per second from
 * 50 threads on the same database, and call-next latency with 50 counters over 10,000 waiting tickets, as a closed
 * loop (every counter pressing without pause) and as an open loop (100 calls a second, latency counted from when
 * each call was due, so a stall is not hidden by the calls it delays). It measures; the goals are read off the
 * output.
 */
@ServerTest
@EnabledIfSystemProperty(named = "bench", matches = "queue")
class QueueBenchmark {

    private static final int KIOSKS = 50;
    private static final int ISSUES = Integer.getInteger("bench.issues", 5_000);
    private static final int WAITING = Integer.getInteger("bench.waiting", 10_000);
    private static final int COUNTERS = 50;
    private static final int OPEN_LOOP_RATE = 100;
    private static final int OPEN_LOOP_CALLS = Integer.getInteger("bench.open-loop-calls", 2_000);
    private static final List<String> SERVICES = List.of("HT-KS", "TP-CT");

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void queueFigures() throws Exception {
        data.startOfDay();
        warmUp();
        double insertsPerSecond = insertAndCommitPerSecond();
        double issuesPerSecond = ticketsIssuedPerSecond();
        System.out.printf(Locale.ROOT, "%nQUEUE BENCHMARK (%s, %d cores)%n", databaseName(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "single-row insert+commit, %d threads : %8.0f rows/s%n", KIOSKS, insertsPerSecond);
        System.out.printf(Locale.ROOT, "tickets issued, %d kiosks            : %8.0f tickets/s  ratio %.2f (goal >= 0.5)%n",
                KIOSKS, issuesPerSecond, issuesPerSecond / insertsPerSecond);

        List<Integer> counters = waitingHall();
        long begin = System.nanoTime();
        Latencies closed = closedLoop(counters);
        double callsPerSecond = closed.count() / Latencies.seconds(System.nanoTime() - begin);
        System.out.printf(Locale.ROOT, "call-next, %d counters, closed loop   : %s  %.0f calls/s (goal p99 < 20 ms)%n",
                COUNTERS, closed.summary(), callsPerSecond);

        counters = waitingHall();
        Latencies open = openLoop(counters);
        System.out.printf(Locale.ROOT, "call-next, %d counters, %d calls/s    : %s (goal p99 < 20 ms)%n",
                COUNTERS, OPEN_LOOP_RATE, open.summary());
        System.out.printf(Locale.ROOT, "RESULT issue_ratio=%.2f callnext_p99_ms=%.2f open_loop_p99_ms=%.2f"
                + " insert_per_s=%.0f issue_per_s=%.0f callnext_p50_ms=%.2f calls_per_s=%.0f open_loop_p50_ms=%.2f%n%n",
                issuesPerSecond / insertsPerSecond, closed.percentileMillis(99), open.percentileMillis(99),
                insertsPerSecond, issuesPerSecond, closed.percentileMillis(50), callsPerSecond,
                open.percentileMillis(50));
    }

    private String databaseName() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private void warmUp() throws Exception {
        inParallel(KIOSKS, kiosk -> () -> {
            for (int i = 0; i < 10; i++) {
                issueTicket.issue("KD-HKD", PriorityCategory.NONE);
            }
            return null;
        });
        data.startOfDay();
    }

    /** The same database's durable commit rate with nothing of the queue around it: the ceiling for issuing. */
    private double insertAndCommitPerSecond() throws Exception {
        jdbc.sql("create table bench_row (id bigint generated by default as identity primary key,"
                + " payload varchar(40), at timestamp with time zone)").update();
        try {
            long start = System.nanoTime();
            inParallel(KIOSKS, thread -> () -> {
                try (var connection = dataSource.getConnection();
                     var insert = connection.prepareStatement(
                             "insert into bench_row (payload, at) values (?, current_timestamp)")) {
                    connection.setAutoCommit(false);
                    for (int i = 0; i < ISSUES / KIOSKS; i++) {
                        insert.setString(1, "row " + thread + "-" + i);
                        insert.executeUpdate();
                        connection.commit();
                    }
                }
                return null;
            });
            return ISSUES / Latencies.seconds(System.nanoTime() - start);
        } finally {
            jdbc.sql("drop table bench_row").update();
        }
    }

    private double ticketsIssuedPerSecond() throws Exception {
        long start = System.nanoTime();
        inParallel(KIOSKS, kiosk -> () -> {
            for (int i = 0; i < ISSUES / KIOSKS; i++) {
                issueTicket.issue(SERVICES.get((kiosk + i) % SERVICES.size()), PriorityCategory.NONE);
            }
            return null;
        });
        double perSecond = ISSUES / Latencies.seconds(System.nanoTime() - start);
        assertThat(jdbc.sql("select count(distinct number) from ticket").query(Long.class).single())
                .as("every ticket issued once, with its own number").isEqualTo(ISSUES);
        return perSecond;
    }

    private List<Integer> waitingHall() {
        data.startOfDay();
        List<Integer> counters = data.openCounters(COUNTERS, SERVICES);
        for (int i = 0; i < WAITING; i++) {
            issueTicket.issue(SERVICES.get(i % SERVICES.size()), PriorityCategory.NONE);
        }
        return counters;
    }

    private Latencies closedLoop(List<Integer> counters) throws Exception {
        Set<Long> called = new HashSet<>();
        List<Long> latencies = new ArrayList<>();
        for (List<long[]> calls : inParallel(counters.size(), i -> () -> {
            List<long[]> made = new ArrayList<>();
            while (true) {
                long begin = System.nanoTime();
                var ticket = callNext.callNext(counters.get(i));
                long took = System.nanoTime() - begin;
                if (ticket.isEmpty()) {
                    return made;
                }
                made.add(new long[] {ticket.map(Ticket::getId).orElseThrow(), took});
                serve.startServing(counters.get(i));
            }
        })) {
            calls.forEach(call -> {
                called.add(call[0]);
                latencies.add(call[1]);
            });
        }
        assertThat(called).as("every waiting ticket called exactly once").hasSize(WAITING);
        assertThat(latencies).hasSize(WAITING);
        return new Latencies(latencies);
    }

    /** Call j of counter i is due at start + (j * counters + i) / rate: the hall's calls evenly spread. */
    private Latencies openLoop(List<Integer> counters) throws Exception {
        long periodNanos = 1_000_000_000L / OPEN_LOOP_RATE;
        long start = System.nanoTime() + 100_000_000L;
        AtomicInteger callsMade = new AtomicInteger();
        List<Long> latencies = new ArrayList<>();
        for (List<Long> calls : inParallel(counters.size(), i -> () -> {
            List<Long> made = new ArrayList<>();
            for (int j = 0; (long) j * counters.size() + i < OPEN_LOOP_CALLS; j++) {
                long due = start + ((long) j * counters.size() + i) * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                callNext.callNext(counters.get(i)).orElseThrow();
                made.add(System.nanoTime() - due);
                callsMade.incrementAndGet();
                serve.startServing(counters.get(i));
            }
            return made;
        })) {
            latencies.addAll(calls);
        }
        assertThat(callsMade.get()).isEqualTo(OPEN_LOOP_CALLS);
        return new Latencies(latencies);
    }

    /** Runs one task per index on its own thread, all released at once, and returns their results in order. */
    private static <T> List<T> inParallel(int threads, java.util.function.IntFunction<Callable<T>> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
