package vn.motcua.report;

import java.util.List;
import java.util.Map;

/**
 * The rankings of a period, per criterion, of the units and of the officers, each line with its movement since
 * {@code previous} (the month or quarter before).
 */
public record RankingBoard(ReportPeriod period, ReportPeriod previous, Map<RankingCriterion, List<Ranked>> units,
        Map<RankingCriterion, List<Ranked>> officers) {

    public RankingBoard {
        units = Map.copyOf(units);
        officers = Map.copyOf(officers);
    }
}
