package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Which held ticket to take back; the most recently held one when no number is given. */
@Schema(description = "A held ticket to resume")
record ResumeRequest(
        @Schema(description = "Number of the held ticket; the latest held at this counter when absent",
                nullable = true, example = "A001") @Size(max = 12) String ticketNumber) {
}
