package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The officer who sits down at a counter. */
@Schema(description = "An officer to seat at the counter")
record OfficerRequest(
        @Schema(description = "Officer id", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Long officerId) {
}
