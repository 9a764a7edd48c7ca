package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.dossier.DossierStatus;

/** A supplement request just made, and the dossier it stopped. */
@Schema(description = "A supplement request made: the dossier waits for the citizen, its clock stopped")
record SupplementAskedView(
        @Schema(description = "Dossier code (mã hồ sơ)") String dossierCode,
        @Schema(description = "AWAITING_SUPPLEMENT") DossierStatus dossierStatus,
        @Schema(description = "The clock stands still until the citizen supplements") boolean clockStopped,
        SupplementView request) {
}
