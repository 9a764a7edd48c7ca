package vn.motcua.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.motcua.report.PublishedRankings;
import vn.motcua.report.PublishedRankings.ConfirmedViolations;
import vn.motcua.report.Rankings;

/**
 * A finished month's rankings as the center publishes them: units and officers (by name and unit only) per criterion,
 * who did well, and the violations confirmed in the register per officer and per unit. Nothing about any citizen.
 */
record PublicRankingsView(YearMonth month, long minimum, List<RankingsView.Ranking> units,
        List<RankingsView.Ranking> officers, List<RankingsView.Line> didWell, List<Violations> officerViolations,
        List<Violations> unitViolations) {

    /** Confirmed violations of one officer (with their unit) or one unit, per kind of the register. */
    record Violations(String name, String unit, Map<String, Long> byKind, long total) {

        static Violations of(ConfirmedViolations confirmed) {
            return new Violations(confirmed.name(), confirmed.unitName(), confirmed.byKind(), confirmed.total());
        }
    }

    static PublicRankingsView of(PublishedRankings published) {
        return new PublicRankingsView(published.month(), Rankings.MINIMUM,
                RankingsView.Ranking.of(published.board().units()),
                RankingsView.Ranking.of(published.board().officers()),
                published.didWell().stream().map(RankingsView.Line::of).toList(),
                published.officers().stream().map(Violations::of).toList(),
                published.units().stream().map(Violations::of).toList());
    }
}
