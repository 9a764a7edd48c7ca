package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The head of unit's explanation of their unit's late dossiers over a period. */
@Schema(description = "A unit's explanation of a period")
record UnitExplanationRequest(
        @Schema(description = "First day of the period", example = "2026-12-01",
                requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
        @Schema(description = "Last day of the period, not before the first", example = "2026-12-31",
                requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
        @Schema(description = "The explanation, 4000 characters at most", requiredMode = Schema.RequiredMode.REQUIRED)
        String text) {
}
