package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import vn.motcua.dossier.DossierResult;

/** How handling ended, and why when it was refused or withdrawn. */
@Schema(description = "The result of handling (kết quả giải quyết)")
record ResultRequest(
        @Schema(description = "APPROVED (giải quyết), REFUSED (từ chối, Mẫu 03) or WITHDRAWN (rút hồ sơ)",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull DossierResult result,
        @Schema(description = "Required for REFUSED and WITHDRAWN, 1000 characters at most", nullable = true)
        String reason) {
}
