package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The holder's draft of an apology: why the result will be late and how many working days more it needs. */
@Schema(description = "A draft apology and new appointment (Mẫu 04)")
record ApologyRequest(
        @Schema(description = "Why the result is late, printed for the citizen; 500 characters at most",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "Chờ ý kiến của Sở Tài nguyên và Môi trường")
        String reason,
        @Schema(description = "Working days added to the due date (or to now, when the dossier is already late)",
                requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "30", example = "3")
        @NotNull Integer extraWorkingDays) {
}
