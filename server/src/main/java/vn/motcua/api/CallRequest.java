package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The number of a waiting ticket the officer calls out of order. */
@Schema(description = "A chosen ticket to call")
record CallRequest(
        @Schema(description = "Ticket number (số thứ tự) the visitor holds", example = "A003",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 12) String ticketNumber) {
}
