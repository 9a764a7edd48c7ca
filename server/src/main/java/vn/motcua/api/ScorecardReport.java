package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.officer.Officer;
import vn.motcua.report.Scorecards.Day;
import vn.motcua.report.Scorecards.Figures;
import vn.motcua.report.Scorecards.Scorecard;

/** An officer's results for a day or a month. */
@Schema(description = "An officer's scorecard for a day or a month")
record ScorecardReport(
        OfficerView officer,
        @Schema(description = "Unit (bộ phận, phòng) of the officer", example = "Phòng Kinh tế") String unit,
        @Schema(description = "DAY or MONTH", example = "DAY") String period,
        @Schema(description = "First day of the period (local)", example = "2026-11-23") LocalDate from,
        @Schema(description = "Last day of the period (local), included", example = "2026-11-23") LocalDate to,
        @Schema(description = "Tickets the officer served: finished, or served and transferred") long ticketsServed,
        @Schema(description = "Average wait of the visitors the officer called, in seconds, from entering the queue "
                + "to the call; null when none", nullable = true, example = "540") Long averageWaitSeconds,
        @Schema(description = "Average service time in seconds, holds left out; null when none", nullable = true,
                example = "300") Long averageServiceSeconds,
        @Schema(description = "Visitors called who did not come") long noShows,
        @Schema(description = "Tickets the officer transferred to another service or counter") long transfers,
        @Schema(description = "Ratings by level (every level of the scale, in its order)",
                example = "{\"VERY_SATISFIED\":3,\"SATISFIED\":1,\"NEUTRAL\":0,\"UNSATISFIED\":1}")
        Map<String, Long> ratings,
        @Schema(description = "Number of ratings") long ratingsTotal,
        @Schema(description = "Share of satisfied ratings in percent, one decimal, cut; null without ratings",
                nullable = true, example = "80.0") BigDecimal satisfiedPercent,
        @Schema(description = "For a month: each day the officer called, served or was rated; empty for a day")
        List<DayFigures> days) {

    static ScorecardReport of(Scorecard card) {
        Officer officer = card.officer();
        Figures total = card.total();
        return new ScorecardReport(OfficerView.of(officer), officer.getUnit().getName(),
                card.period().wholeMonth() ? "MONTH" : "DAY", card.period().first(), card.period().last(),
                total.ticketsServed(), seconds(total.averageWait()), seconds(total.averageServiceTime()),
                total.noShows(), total.transfers(), byLevelName(total), total.satisfaction().total(),
                total.satisfaction().percent(), card.days().stream().map(DayFigures::of).toList());
    }

    /** One day of a month: the same figures, for the days the officer called, served or was rated. */
    @Schema(description = "One day of a month's scorecard")
    record DayFigures(
            @Schema(example = "2026-11-23") LocalDate day,
            long ticketsServed,
            @Schema(nullable = true) Long averageWaitSeconds,
            @Schema(nullable = true) Long averageServiceSeconds,
            long noShows,
            long transfers,
            Map<String, Long> ratings,
            long ratingsTotal,
            @Schema(nullable = true) BigDecimal satisfiedPercent) {

        static DayFigures of(Day day) {
            Figures figures = day.figures();
            return new DayFigures(day.day(), figures.ticketsServed(), seconds(figures.averageWait()),
                    seconds(figures.averageServiceTime()), figures.noShows(), figures.transfers(), byLevelName(figures),
                    figures.satisfaction().total(), figures.satisfaction().percent());
        }
    }

    private static Map<String, Long> byLevelName(Figures figures) {
        Map<String, Long> ratings = new LinkedHashMap<>();
        figures.ratings().forEach((level, count) -> ratings.put(level.name(), count));
        return ratings;
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : Math.round(duration.toMillis() / 1000.0);
    }
}
