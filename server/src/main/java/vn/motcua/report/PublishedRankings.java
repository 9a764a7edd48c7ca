package vn.motcua.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the center publishes of a finished month (seed 000, 003): the rankings of units and officers, who did well, and
 * the violations confirmed in the register, per officer and per unit. Officers by name and unit only; nothing about
 * any citizen.
 */
public record PublishedRankings(YearMonth month, RankingBoard board, List<Ranked> didWell,
        List<ConfirmedViolations> officers, List<ConfirmedViolations> units) {

    /** The confirmed violations of one officer (with their unit) or one unit, counted per kind of the register. */
    public record ConfirmedViolations(String name, String unitName, Map<String, Long> byKind, long total) {
    }
}
