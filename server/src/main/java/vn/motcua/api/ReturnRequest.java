package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The ticket of the visit in which the result is handed back. */
@Schema(description = "A result handed back (trả kết quả)")
record ReturnRequest(
        @Schema(description = "Tracking code of the ticket the caller serves, as GET /api/v1/tickets/{trackingCode}",
                example = "k3J9xQ2mVb", requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 100)
        String ticketCode) {
}
