package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.report.Target;

/** The directives' targets for a month or a quarter, for the center or a unit. */
@Schema(description = "The targets of DOMAIN.md rule 13 against their goals; how each is computed: "
        + "docs/monthly-report.md")
record TargetsView(LocalDate from, LocalDate to, @Schema(description = "The center's or the unit's name") String group,
        List<Line> targets) {

    /** One target; named apart from the other reports' lines. */
    @Schema(name = "TargetLine", description = "One target against its goal")
    record Line(Target.Code code, @Schema(description = "The goal in percent (a growth for WITHOUT_APPOINTMENT)")
            double goal,
            @Schema(nullable = true, description = "The value in percent; null when there was nothing to count or "
                    + "it is not recorded here") Double value,
            @Schema(nullable = true, description = "What was counted (this period's count for WITHOUT_APPOINTMENT)")
            Long part,
            @Schema(nullable = true, description = "Out of what (the count a year earlier for WITHOUT_APPOINTMENT)")
            Long whole,
            @Schema(description = "MET, NOT_MET, NOTHING_TO_COUNT, or NOT_RECORDED: this product keeps no figures "
                    + "for it") Target.Status status,
            @Schema(description = "The result in Vietnamese words") String result) {
    }
}
