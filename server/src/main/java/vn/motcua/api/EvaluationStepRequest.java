package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import vn.motcua.report.Grade;

/** A proposed or decided grade for an officer's month, with its reason. */
@Schema(description = "A grade for an officer's month and why")
record EvaluationStepRequest(
        @Schema(description = "The month, year-month", example = "2026-11", type = "string",
                requiredMode = Schema.RequiredMode.REQUIRED) YearMonth month,
        @Schema(description = "EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (tốt), DONE (hoàn thành), NOT_DONE "
                + "(không hoàn thành nhiệm vụ)", requiredMode = Schema.RequiredMode.REQUIRED) Grade grade,
        @Schema(description = "Why, 2000 characters at most", requiredMode = Schema.RequiredMode.REQUIRED)
        String reason) {
}
