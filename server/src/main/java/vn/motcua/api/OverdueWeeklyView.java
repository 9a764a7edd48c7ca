package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.dossier.OverdueWeeks;

/** The weekly count of overdue dossiers per unit, as the API gives it. */
@Schema(description = "Dossiers found late per ISO week (Monday to Sunday, center time) and unit")
record OverdueWeeklyView(
        @Schema(description = "The weeks, oldest first; this week last") List<WeekPart> weeks,
        @Schema(description = "Each unit's counts in the order of weeks; a manager's list ends with the unassigned")
        List<UnitPart> units) {

    /** An ISO week. */
    @Schema(name = "OverdueWeekView")
    record WeekPart(@Schema(example = "2026") int year, @Schema(example = "49", minimum = "1", maximum = "53") int week,
            @Schema(example = "2026-11-30") LocalDate monday, @Schema(example = "2026-12-06") LocalDate sunday) {
    }

    /** One unit's row. */
    @Schema(name = "OverdueWeeklyUnitView")
    record UnitPart(@Schema(description = "null for the unassigned", nullable = true) String unit,
            @Schema(description = "Dossiers found late, week by week") List<Integer> counts,
            @Schema(minimum = "0") int total) {
    }

    static OverdueWeeklyView of(OverdueWeeks weeks) {
        return new OverdueWeeklyView(weeks.weeks().stream().map(week -> new WeekPart(week.year(), week.number(),
                week.monday(), week.sunday())).toList(), weeks.units().stream().map(unit -> new UnitPart(
                unit.isUnassigned() ? null : unit.unitName(), unit.counts(), unit.total())).toList());
    }
}
