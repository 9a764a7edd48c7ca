package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The unit a manager assigns feedback to, by its code as the rest of the API names units, and why. */
@Schema(description = "The unit to handle the feedback (giao bộ phận xử lý)")
record FeedbackAssignmentRequest(
        @Schema(description = "Code of the unit", example = "KT", requiredMode = Schema.RequiredMode.REQUIRED)
        String unitCode,
        @Schema(description = "Why this unit, at most 500 characters; goes to the audit trail", nullable = true,
                example = "Phản ánh về thủ tục đất đai") String note) {
}
