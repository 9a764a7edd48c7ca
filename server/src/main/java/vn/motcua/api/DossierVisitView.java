package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LinkVisit.LinkedVisit;
import vn.motcua.dossier.VisitPurpose;

/** A visit linked to a dossier, as the officer who linked it is answered. */
@Schema(description = "A visit (ticket) linked to a dossier")
record DossierVisitView(
        @Schema(description = "Dossier code (mã hồ sơ)", example = "000.00.23.H56-261202-0001") String dossierCode,
        @Schema(description = "The ticket's tracking code") String ticket,
        @Schema(description = "The ticket's number (số thứ tự)", example = "A001") String ticketNumber,
        @Schema(description = "Code of the officer who linked it", example = "CB01") String officerCode,
        VisitPurpose purpose,
        Instant linkedAt,
        @Schema(description = "Link time in the center's local time") LocalDateTime linkedAtLocal,
        @Schema(description = "The dossier's status after the link (RETURNED after a collection)")
        DossierStatus dossierStatus) {

    static DossierVisitView of(LinkedVisit linked) {
        return new DossierVisitView(linked.dossier().getCode(), linked.ticket().getTrackingCode(),
                linked.ticket().getNumber(), linked.officerCode(), linked.visit().getPurpose(),
                linked.visit().getLinkedAt(), CenterLocalTime.of(linked.visit().getLinkedAt()),
                linked.dossier().getStatus());
    }
}
