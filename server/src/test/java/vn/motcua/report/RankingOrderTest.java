package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.report.Ranked.Movement;
import vn.motcua.report.RankingOrder.Candidate;

/** The ranking rules on their own: ties by the shown value, the not ranked last, movement against the period before. */
class RankingOrderTest {

    @Test
    void equalValuesAsShownShareARankAndTheNextRankSkips() {
        List<Ranked> ranked = RankingOrder.rank(List.of(candidate(1, "An", 10, 90.0), candidate(2, "Bình", 6, 100.0),
                candidate(3, "Chi", 9, 2.0 / 3 * 100), candidate(4, "Dũng", 12, 200.0 / 3), candidate(5, "Giang", 5,
                        90.04)), 5);
        assertThat(ranked).extracting(Ranked::name).containsExactly("Bình", "An", "Giang", "Chi", "Dũng");
        // 90.0 and 90.04 both read 90.0; 66.666… and 66.667 both read 66.7.
        assertThat(ranked).extracting(line -> line.rank().orElseThrow()).containsExactly(1, 2, 2, 4, 4);
    }

    @Test
    void tooFewOrNothingCountedIsListedLastAndNotRanked() {
        List<Ranked> ranked = RankingOrder.rank(List.of(candidate(1, "Hoa", 4, 100.0), candidate(2, "Khánh", 5, 20.0),
                new Candidate(3, "Lan", "", 0, Optional.empty())), 5);
        assertThat(ranked).extracting(Ranked::name).containsExactly("Khánh", "Hoa", "Lan");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(Optional.of(1), Optional.empty(), Optional.empty());
        assertThat(ranked.get(1).ranked()).isFalse();
    }

    @Test
    void movementComparesRanksWithThePeriodBefore() {
        List<Ranked> before = RankingOrder.rank(List.of(candidate(1, "An", 5, 80.0), candidate(2, "Bình", 5, 100.0),
                candidate(3, "Chi", 5, 50.0), candidate(4, "Dũng", 1, 100.0)), 5);
        List<Ranked> now = RankingOrder.moved(RankingOrder.rank(List.of(candidate(1, "An", 5, 100.0),
                candidate(2, "Bình", 5, 70.0), candidate(3, "Chi", 5, 90.0), candidate(4, "Dũng", 5, 10.0),
                candidate(5, "Em", 2, 100.0)), 5), before);
        assertThat(now).extracting(Ranked::name).containsExactly("An", "Chi", "Bình", "Dũng", "Em");
        assertThat(now).extracting(Ranked::movement)
                .containsExactly(Movement.UP, Movement.UP, Movement.DOWN, Movement.NEW, Movement.NEW);
        assertThat(now).extracting(Ranked::places).containsExactly(1, 1, -2, 0, 0);
        List<Ranked> again = RankingOrder.moved(now, now);
        assertThat(again.get(0).movement()).isEqualTo(Movement.SAME);
        assertThat(again.get(4).movement()).isEqualTo(Movement.NEW);
    }

    private static Candidate candidate(long id, String name, long counted, double value) {
        return new Candidate(id, name, "", counted, Optional.of(value));
    }
}
