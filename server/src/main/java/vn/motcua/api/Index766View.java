package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.report.Index766;

/** The 766 index of a period: the center's (or the unit's) row, then every unit's. */
@Schema(description = "The 766 index of a period (Decision 766/QĐ-TTg), live from the dossiers")
record Index766View(LocalDate from, LocalDate to,
        @Schema(description = "The period has not ended: counted as of now") boolean running,
        @Schema(description = "The center, or the unit asked for (or the unit head's own)") Row group,
        @Schema(description = "Every unit's row; only the one unit when a unit was asked for") List<Row> units) {

    /** One group's counts, indicators and score. */
    record Row(@Schema(nullable = true, description = "The unit's id; null for the center") Long unitId,
            String name, Index766.Counts counts, List<IndicatorView> indicators,
            @Schema(nullable = true, description = "Points over the maxima of the indicators that had something to "
                    + "count, × 100; null when none had") Double score) {

        static Row of(Index766 index) {
            return new Row(index.groupId().orElse(null), index.groupName(), index.counts(),
                    index.indicators().stream().map(IndicatorView::of).toList(), index.score().orElse(null));
        }
    }

    /** One indicator. */
    record IndicatorView(Index766.Code code,
            @Schema(nullable = true, description = "The rate in percent; null when nothing was there to count")
            Double percent,
            double points, double max,
            @Schema(description = "The rate from which the points are full") double fullAt,
            @Schema(description = "An estimate: this product cannot see all the source (the portal's own count)")
            boolean estimate) {

        static IndicatorView of(Index766.Indicator indicator) {
            return new IndicatorView(indicator.code(), indicator.percent().orElse(null), indicator.points(),
                    indicator.max(), indicator.fullAt(), indicator.estimate());
        }
    }
}
