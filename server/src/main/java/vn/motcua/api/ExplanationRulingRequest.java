package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.dossier.ExplanationRuling;

/** The head of unit's answer to an explanation. */
@Schema(description = "A ruling on an explanation")
record ExplanationRulingRequest(
        @Schema(description = "ACCEPTED, or RETURNED to be written again", requiredMode = Schema.RequiredMode.REQUIRED)
        ExplanationRuling ruling,
        @Schema(description = "Required to return it, 1000 characters at most", nullable = true) String comment) {
}
