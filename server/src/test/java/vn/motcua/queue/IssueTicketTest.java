package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.i18n.Refusal;

@ServerTest
class IssueTicketTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void numbersAreConsecutivePerServiceWithTheServiceLetter() {
        List<String> numbers = List.of(
                issue("HT-KS"), issue("HT-KS"), issue("DD-GCN"), issue("HT-KS"), issue("DD-GCN"));
        assertThat(numbers).containsExactly("A001", "A002", "C001", "A003", "C002");
    }

    @Test
    void numberingRestartsAtLocalMidnightNotUtcMidnight() {
        clock.set(LocalDateTime.of(2026, 11, 23, 16, 0));
        issue("HT-KS");
        issue("HT-KS");
        // 06:30 in Hà Nội on the 24th is still the 23rd in UTC: the center's day decides.
        clock.set(LocalDateTime.of(2026, 11, 24, 6, 30));
        IssueTicket.IssuedTicket next = issueTicket.issue("HT-KS", PriorityCategory.NONE);
        assertThat(next.ticket().getNumber()).isEqualTo("A001");
        assertThat(next.ticket().getServiceDay()).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
    }

    @Test
    void peopleAheadPutsPriorityVisitorsFirst() {
        issue("HT-KS");
        issue("HT-KS");
        IssueTicket.IssuedTicket elderly = issueTicket.issue("HT-KS", PriorityCategory.ELDERLY);
        IssueTicket.IssuedTicket ordinary = issueTicket.issue("HT-KS", PriorityCategory.NONE);
        assertThat(elderly.peopleAhead()).isZero();
        assertThat(ordinary.peopleAhead()).isEqualTo(3);
    }

    @Test
    void unknownServiceIsRefusedWithAReason() {
        assertThatThrownBy(() -> issueTicket.issue("NO-SUCH", PriorityCategory.NONE))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("NO-SUCH")
                .satisfies(problem -> assertThat(((Refusal) problem).messageKey()).isEqualTo("problem.service.unknown"));
        assertThat(data.count("ticket")).isZero();
    }

    @Test
    void concurrentKiosksNeverDuplicateOrSkipANumber() throws Exception {
        int kiosks = 8;
        int perKiosk = 25;
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int k = 0; k < kiosks; k++) {
            Callable<List<Integer>> kiosk = () -> IntStream.range(0, perKiosk)
                    .mapToObj(i -> issueTicket.issue("TP-CT", PriorityCategory.NONE).ticket().getSeq()).toList();
            results.add(pool.submit(kiosk));
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(kiosks * perKiosk)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, kiosks * perKiosk).boxed().toList());
    }

    private String issue(String service) {
        return issueTicket.issue(service, PriorityCategory.NONE).ticket().getNumber();
    }
}
