package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.AllAtOnce;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Seat;

/**
 * Fifty counters receive at the same moment, the first receptions of the day (so they also race to make the day's
 * sequence row), while some are refused before taking a number and some roll back after taking one: the codes given
 * are exactly 0001..00NN, no gap, no duplicate.
 *
 * <p>Why this can fail: the number is read back after {@code last_number + 1} under the row lock the update takes, and
 * that lock is what serialises the fifty transactions. Read without it (a plain {@code select last_number}, or the
 * day's highest dossier code, then +1), two transactions under READ COMMITTED read the same committed value while
 * neither has committed, and both write the same code: the unique code constraint then fails one of them, which this
 * test sees as a failed valid reception. A number taken outside the reception's transaction (a sequence, a separate
 * commit) would not be given back by the roll-backs here and leave gaps. The overlap check below proves the calls
 * really ran at once, so the lock was needed.
 */
@ServerTest
class DossierCodeConcurrencyTest {

    private static final int COUNTERS = 50;
    private static final String DAY_PREFIX = "000.00.23.H22-261202-";

    @Autowired
    ReceiveDossier receive;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    HandlingSteps steps;

    @BeforeEach
    void wednesdayMorning() {
        steps.morning();
    }

    /** What one counter's press came to, and when it ran (nanoseconds). */
    private record Press(Optional<String> code, Optional<Exception> failure, long started, long ended) {
    }

    /** Something that fails after the dossier was written, in the same transaction (a slip that cannot print). */
    private static final class AfterTheNumber extends RuntimeException {
        AfterTheNumber() {
            super("fails after the number was taken");
        }
    }

    @Test
    void fiftyCountersReceivingAtOnceGetEachNumberOnceWithoutAGap() throws Exception {
        List<Integer> counters = data.openCounters(COUNTERS, List.of("DD-GCN"));
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);

        List<Press> presses = AllAtOnce.run(COUNTERS, i -> () -> {
            Seat seat = steps.seat(counters.get(i), "CB01");
            long started = System.nanoTime();
            try {
                String code = switch (i % 10) {
                    // Refused by the checks: no number may be used up.
                    case 3 -> receive.receive(seat, new Reception(HandlingSteps.THREE_DAYS, "Nguyễn Văn An",
                            "0912345678", null, false, null, Channel.IN_PERSON, null, List.of())).getCode();
                    // Written, then rolled back with the transaction it joined: the number must be given back.
                    case 7 -> rolledBack.execute(status -> {
                        receive.receive(seat, steps.reception(HandlingSteps.THREE_DAYS, List.of(0)));
                        throw new AfterTheNumber();
                    });
                    default -> receive.receive(seat, steps.reception(HandlingSteps.THREE_DAYS, List.of(0))).getCode();
                };
                return new Press(Optional.of(code), Optional.empty(), started, System.nanoTime());
            } catch (Exception failed) {
                return new Press(Optional.empty(), Optional.of(failed), started, System.nanoTime());
            }
        });

        assertThat(mostAtOnce(presses)).as("receptions in flight at the same moment").isGreaterThan(1);
        int expected = (int) IntStream.range(0, COUNTERS).filter(i -> i % 10 != 3 && i % 10 != 7).count();
        for (int i = 0; i < COUNTERS; i++) {
            Press press = presses.get(i);
            switch (i % 10) {
                case 3 -> assertThat(press.failure()).get().isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("problem.dossier.consent-missing"));
                case 7 -> assertThat(press.failure()).get().isInstanceOf(AfterTheNumber.class);
                default -> assertThat(press.failure()).as("counter %d", i).isEmpty();
            }
        }
        List<String> given = presses.stream().flatMap(press -> press.code().stream()).sorted().toList();
        List<String> gapless = IntStream.rangeClosed(1, expected).mapToObj(n -> DAY_PREFIX + "%04d".formatted(n))
                .toList();
        assertThat(given).containsExactlyElementsOf(gapless);
        assertThat(jdbc.sql("select code from dossier order by code").query(String.class).list())
                .containsExactlyElementsOf(gapless);
        assertThat(steps.count("dossier_hand_off")).isEqualTo(expected);
        assertThat(jdbc.sql("select last_number from dossier_code_sequence").query(Integer.class).single())
                .isEqualTo(expected);
    }

    /** The largest number of presses running at one moment. */
    private static int mostAtOnce(List<Press> presses) {
        List<long[]> edges = new ArrayList<>();
        for (Press press : presses) {
            edges.add(new long[] {press.started(), 1});
            edges.add(new long[] {press.ended(), -1});
        }
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (long[] edge : edges) {
            now += (int) edge[1];
            most = Math.max(most, now);
        }
        return most;
    }
}
