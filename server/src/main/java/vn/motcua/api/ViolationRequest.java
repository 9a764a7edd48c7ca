package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import vn.motcua.dossier.ViolationKind;

/** A violation recorded by hand: a dossier returned to the citizen through an officer's fault. */
@Schema(description = "A violation to record (ghi nhận vi phạm): only RETURNED_BY_FAULT; the others come from rulings")
record ViolationRequest(
        @Schema(description = "Dossier code (mã hồ sơ)", example = "000.00.23.H22-261202-0001",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String dossierCode,
        @Schema(description = "Code of the officer at fault", example = "CB04",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String officerCode,
        @Schema(description = "RETURNED_BY_FAULT; any other kind is refused (problem.violation.by-ruling)",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull ViolationKind kind,
        @Schema(description = "The evidence in words: why and when the dossier was returned, the officer's fault; "
                + "1 to 2000 characters", example = "Trả hồ sơ vì cán bộ nhập sai tên chủ hồ sơ",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String evidence) {
}
