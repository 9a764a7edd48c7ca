package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A leader's decision on a draft apology. */
@Schema(description = "A leader's decision on an apology and new appointment")
record ApologyDecisionRequest(
        @Schema(description = "True: the new appointment stands and the citizen is told; false: rejected",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Boolean approved,
        @Schema(description = "Whether the reason is a valid one; an approved extension without one is a violation "
                + "of the officer who drafted it", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Boolean reasonValid,
        @Schema(description = "The leader's comment, 1000 characters at most", nullable = true) String comment) {
}
