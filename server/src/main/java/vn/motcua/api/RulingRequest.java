package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The head of unit's ruling on a later supplement request. */
@Schema(description = "A ruling on a supplement request after the first")
record RulingRequest(
        @Schema(description = "True: the request had a valid reason; false: a violation on the asking officer's record",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Boolean justified,
        @Schema(description = "Required when not justified, 1000 characters at most", nullable = true) String comment) {
}
