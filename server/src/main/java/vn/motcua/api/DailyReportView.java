package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.DailyFigures;
import vn.motcua.report.DayTally;

/** The daily report as the API gives it: the center's day, every counter's and every officer's. */
@Schema(description = "The daily report (báo cáo ngày): tickets, waits, service times and ratings")
record DailyReportView(
        @Schema(example = "2026-11-24") LocalDate day,
        FiguresPart center,
        @Schema(description = "Every counter, by number") List<CounterPart> counters,
        @Schema(description = "The officers who worked that day, by name; a head of unit's: their unit's")
        List<OfficerPart> officers) {

    /** One group's figures; waits and service times in seconds, null when nobody was called or served. */
    @Schema(name = "DailyFiguresView")
    record FiguresPart(
            @Schema(description = "Numbers taken that day (the center's row only; 0 elsewhere)", minimum = "0")
            long issued,
            @Schema(minimum = "0") long served,
            @Schema(description = "Called and did not come", minimum = "0") long absent,
            @Schema(description = "Still waiting at closing, moved to the next working day (the center's row only)",
                    minimum = "0") long carriedOver,
            @Schema(description = "Visitors called", minimum = "0") long called,
            @Schema(nullable = true, example = "1125") Long averageWaitSeconds,
            @Schema(nullable = true, example = "1800") Long longestWaitSeconds,
            @Schema(nullable = true, example = "780") Long averageServiceSeconds,
            @Schema(description = "Ratings per level, every level") Map<RatingLevel, Long> ratings,
            @Schema(minimum = "0") long rated,
            @Schema(description = "Satisfied share in percent, one decimal cut; null without ratings",
                    nullable = true, example = "33.3") Double satisfiedPercent) {

        static FiguresPart of(DayTally tally) {
            return new FiguresPart(tally.issued(), tally.served(), tally.absent(), tally.carriedOver(),
                    tally.called(), tally.averageWait().map(each -> each.toSeconds()).orElse(null),
                    tally.longestWait().map(each -> each.toSeconds()).orElse(null),
                    tally.averageService().map(each -> each.toSeconds()).orElse(null), tally.ratings(),
                    tally.satisfaction().total(), tally.satisfaction().total() == 0 ? null
                            : tally.satisfaction().percent().doubleValue());
        }
    }

    /** A counter's day. */
    @Schema(name = "DailyCounterView")
    record CounterPart(@Schema(example = "1") int number, String name, FiguresPart figures) {
    }

    /** An officer's day. */
    @Schema(name = "DailyOfficerView")
    record OfficerPart(@Schema(example = "CB01") String code, String fullName,
            @Schema(description = "Empty when the officer has no unit") String unit, FiguresPart figures) {
    }

    static DailyReportView of(DailyFigures.Day day, java.util.Optional<Long> unitId) {
        return new DailyReportView(day.day(), FiguresPart.of(day.center()),
                day.counters().stream().map(each -> new CounterPart(each.number(), each.name(),
                        FiguresPart.of(each.tally()))).toList(),
                day.officers().stream().filter(each -> unitId.isEmpty() || unitId.get().equals(each.unitId()))
                        .map(each -> new OfficerPart(each.code(), each.fullName(), each.unitName(),
                                FiguresPart.of(each.tally()))).toList());
    }
}
