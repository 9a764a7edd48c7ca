package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.report.SatisfactionTally.Standing;

class SatisfactionTallyTest {

    @Test
    void theShareIsCutToOneDecimalSoItNeverShowsATargetItMissed() {
        assertThat(new SatisfactionTally(3, 2).percent()).isEqualByComparingTo("66.6");
        assertThat(new SatisfactionTally(10000, 8999).percent()).isEqualByComparingTo("89.9");
        assertThat(new SatisfactionTally(10000, 8999).standing()).isEqualTo(Standing.BELOW_90);
        assertThat(new SatisfactionTally(10000, 9799).standing()).isEqualTo(Standing.MEETS_90);
    }

    @Test
    void ninetyAndNinetyEightPercentAreMetExactly() {
        assertThat(new SatisfactionTally(10, 9).standing()).isEqualTo(Standing.MEETS_90);
        assertThat(new SatisfactionTally(50, 49).standing()).isEqualTo(Standing.MEETS_98);
        assertThat(new SatisfactionTally(1, 1).percent()).isEqualByComparingTo("100.0");
        assertThat(new SatisfactionTally(1, 0).standing()).isEqualTo(Standing.BELOW_90);
    }

    @Test
    void noRatingsHaveNoShare() {
        assertThat(SatisfactionTally.NONE.percent()).isNull();
        assertThat(SatisfactionTally.NONE.standing()).isEqualTo(Standing.NO_RATINGS);
        assertThat(SatisfactionTally.NONE.plus(new SatisfactionTally(2, 1))).isEqualTo(new SatisfactionTally(2, 1));
    }
}
