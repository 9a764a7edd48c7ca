package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.report.Index766.Code;
import vn.motcua.report.Index766.Counts;

/** Where the points become full, and the score over the indicators that had something to count. */
class Index766ScoringTest {

    @Test
    void satisfactionIsFullFromNinety() {
        // 100 handled, 10 late, nobody dissatisfied: 90% → 18 of 18; one more late: 89% → 17.8.
        assertThat(points(counts(100, 90, 0), Code.SATISFACTION)).isEqualTo(18.0);
        assertThat(points(counts(100, 89, 0), Code.SATISFACTION)).isCloseTo(17.8, within(1e-9));
        assertThat(points(counts(100, 100, 5), Code.SATISFACTION)).isEqualTo(18.0);
        assertThat(points(counts(100, 95, 6), Code.SATISFACTION)).isCloseTo(17.8, within(1e-9));
    }

    @Test
    void onlineIsFullFromHalfOfTheDossiersWhenAllAreSynced() {
        assertThat(points(online(50, 100), Code.ONLINE)).isEqualTo(12.0);
        assertThat(points(online(49, 100), Code.ONLINE)).isCloseTo(11.76, within(1e-9));
        assertThat(points(online(80, 100), Code.ONLINE)).isEqualTo(12.0);
    }

    @Test
    void digitisedIsFullFromEightyPercent() {
        assertThat(points(digitised(80, 100), Code.DIGITISED)).isEqualTo(22.0);
        assertThat(points(digitised(40, 100), Code.DIGITISED)).isCloseTo(11.0, within(1e-9));
    }

    @Test
    void theScoreLeavesOutWhatHadNothingToCount() {
        // Only the handled ones: on time and satisfaction count, over 20 + 18.
        Index766 index = Index766Scoring.of(Optional.empty(), "", counts(10, 10, 0));
        assertThat(index.indicator(Code.PAYMENT).percent()).isEmpty();
        assertThat(index.indicator(Code.PAYMENT).points()).isZero();
        assertThat(index.score()).contains(100.0);
        Index766 half = Index766Scoring.of(Optional.empty(), "", counts(10, 5, 0));
        // 50% on time → 10 of 20; satisfaction 50% → 10 of 18: 20 of 38.
        assertThat(half.score().orElseThrow()).isCloseTo(2000.0 / 38, within(1e-9));
        assertThat(Index766Scoring.of(Optional.empty(), "", Index766Rows.NONE).score()).isEmpty();
    }

    private static double points(Counts counts, Code code) {
        return Index766Scoring.of(Optional.empty(), "", counts).indicator(code).points();
    }

    private static Counts counts(long handled, long onTime, long dissatisfied) {
        return new Counts(handled, onTime, handled - onTime, 0, 0, dissatisfied, 0, 0, 0, 0, 0, 0, 0);
    }

    private static Counts online(long online, long received) {
        return new Counts(0, 0, 0, 0, 0, 0, received, online, received, 0, 0, 0, 0);
    }

    private static Counts digitised(long digitised, long finished) {
        return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, finished, digitised, 0, 0);
    }
}
