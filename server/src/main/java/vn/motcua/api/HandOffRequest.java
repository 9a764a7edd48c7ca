package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.motcua.catalogue.StepKind;

/** To whom the dossier goes, for which step, and the giver's note. */
@Schema(description = "A hand-off (chuyển hồ sơ)")
record HandOffRequest(
        @Schema(description = "Code of the officer who takes it", example = "CB07",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 30) String toOfficer,
        @Schema(description = "The step the taker does; the procedure's next step when absent", nullable = true)
        StepKind step,
        @Schema(description = "The giver's note, 500 characters at most", nullable = true) String note) {
}
