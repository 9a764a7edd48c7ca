package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What the 766 index reads on a dossier, as a member of staff marks it. */
@Schema(description = "The dossier's marks for the 766 index")
record MarksRequest(
        @Schema(description = "The submitted documents are digitised", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Boolean documentsDigitised,
        @Schema(description = "The result is digitised", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Boolean resultDigitised,
        @Schema(description = "The fee was paid online (true), not online (false); null when not known or no fee",
                nullable = true) Boolean paidOnline,
        @Schema(description = "The dossier reached the national portal; the first moment marked is kept",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Boolean synced) {
}
