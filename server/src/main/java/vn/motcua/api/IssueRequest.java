package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import vn.motcua.queue.PriorityCategory;

/** What a visitor chooses at the kiosk: the service, and a priority category if they have one. */
@Schema(description = "A ticket to take")
record IssueRequest(
        @Schema(description = "Code of the service, from GET /api/v1/services", example = "HT-KS",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank String serviceCode,
        @Schema(description = "Priority category (đối tượng ưu tiên); NONE when absent", example = "NONE",
                defaultValue = "NONE") PriorityCategory priority) {
}
