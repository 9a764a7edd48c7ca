package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.AllAtOnce;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;

/**
 * A province-sized morning with real threads: 50 kiosks issue 200 tickets each at once, then 50 counters call
 * next at once until the 10,000 are gone. No number is duplicated or skipped; no ticket is called twice or left.
 */
@ServerTest
class QueueAtScaleTest {

    private static final int KIOSKS = 50;
    private static final int TICKETS_PER_KIOSK = 200;
    private static final int COUNTERS = 50;
    private static final List<String> SERVICES = List.of("HT-KS", "TP-CT", "DD-GCN", "XD-GP", "KD-HKD", "LD-TCXH", "CA-CT");

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

    @Test
    void fiftyKiosksThenFiftyCountersAtOnceLoseNothingAndDoubleNothing() throws Exception {
        data.startOfDay();
        List<Ticket> issued = allAtOnce(KIOSKS, kiosk -> () -> {
            List<Ticket> mine = new ArrayList<>();
            for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
                String service = SERVICES.get((kiosk + i) % SERVICES.size());
                mine.add(issueTicket.issue(service, PriorityCategory.NONE).ticket());
            }
            return mine;
        });
        assertThat(issued).hasSize(KIOSKS * TICKETS_PER_KIOSK);
        Map<String, List<Integer>> seqPerService = new HashMap<>();
        issued.forEach(t -> seqPerService.computeIfAbsent(t.getService().getCode(), s -> new ArrayList<>()).add(t.getSeq()));
        seqPerService.forEach((service, seqs) -> assertThat(seqs).as("numbers of %s", service)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, seqs.size()).boxed().toList()));

        List<Integer> counters = data.openCounters(COUNTERS, SERVICES);
        List<Ticket> called = allAtOnce(COUNTERS, index -> () -> {
            List<Ticket> mine = new ArrayList<>();
            Optional<Ticket> next;
            while ((next = callNext.callNext(counters.get(index))).isPresent()) {
                mine.add(next.get());
                serve.startServing(counters.get(index)); // call next is refused while a visitor is only called
            }
            return mine;
        });
        assertThat(called).extracting(Ticket::getId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(issued.stream().map(Ticket::getId).toList());
        assertThat(jdbc.sql("select count(*) from ticket where status = 'WAITING'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ticket_event where kind = 'CALLED'").query(Long.class).single())
                .as("one CALLED event per ticket").isEqualTo(issued.size());
    }

    private static List<Ticket> allAtOnce(int workers, IntFunction<Callable<List<Ticket>>> worker) throws Exception {
        return AllAtOnce.run(workers, worker).stream().flatMap(List::stream).toList();
    }
}
