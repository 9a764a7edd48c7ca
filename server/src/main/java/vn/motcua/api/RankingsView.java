package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.report.RankingCriterion;
import vn.motcua.report.Ranked;
import vn.motcua.report.Ranked.Movement;
import vn.motcua.report.ReportPeriod;

/**
 * The rankings of a month or quarter: per criterion the units and the officers, each line with its rank (null when
 * not ranked: fewer than {@code minimum} ratings or dossiers), value, count and movement since {@code previous}.
 */
record RankingsView(String period, LocalDate first, LocalDate last, String previous, boolean running, long minimum,
        List<Ranking> units, List<Ranking> officers) {

    /** One criterion's ranking, best first, the not ranked last. */
    record Ranking(RankingCriterion criterion, List<Line> lines) {

        static List<Ranking> of(Map<RankingCriterion, List<Ranked>> rankings) {
            return java.util.Arrays.stream(RankingCriterion.values())
                    .map(criterion -> new Ranking(criterion, rankings.get(criterion).stream().map(Line::of).toList()))
                    .toList();
        }
    }

    /**
     * One unit or officer: the officer's unit in {@code unit} (empty for a unit); {@code value} in percent or, for
     * SCORE766, out of 100; {@code places} risen (negative: fallen).
     */
    record Line(@Schema(description = "The rank; null when not ranked (too few counted)", nullable = true)
            Integer rank, String name, String unit,
            @Schema(description = "The value; null when nothing was counted", nullable = true) Double value,
            long counted, Movement movement, int places) {

        static Line of(Ranked ranked) {
            return new Line(ranked.rank().orElse(null), ranked.name(), ranked.unitName(), ranked.value().orElse(null),
                    ranked.counted(), ranked.movement(), ranked.places());
        }
    }

    static String name(ReportPeriod period) {
        return vn.motcua.report.RankingPeriods.name(period);
    }
}
