package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import vn.motcua.dossier.LateReason;

/** An explanation (giải trình) of a late dossier by the officer it names. */
@Schema(description = "An explanation of a late dossier")
record ExplainRequest(
        @Schema(description = "The late dossier's lateness id, from GET /api/v1/explanations", example = "12",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long latenessId,
        @Schema(description = "Why it went late", requiredMode = Schema.RequiredMode.REQUIRED) LateReason reason,
        @Schema(description = "What happened, 2000 characters at most", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Chờ ý kiến của Phòng Tài nguyên") String text) {
}
