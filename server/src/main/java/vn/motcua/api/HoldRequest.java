package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why the ticket at the counter is put aside. */
@Schema(description = "A hold (tạm dừng) and its reason")
record HoldRequest(
        @Schema(description = "Why, for the record (required, not blank)", example = "Người dân đi photo CCCD",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) @Size(max = 500) String comment) {
}
