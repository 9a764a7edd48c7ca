package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.DossierSource;
import vn.motcua.dossier.DossierStatus;

/** One dossier as staff read it: what, whose, where it stands, who holds it, when it is due, and the citizen's page. */
@Schema(description = "A dossier (hồ sơ), for staff")
record DossierView(
        @Schema(description = "Dossier code (mã hồ sơ) as the receiving agency gave it",
                example = "000.00.23.H22-261123-0001") String code,
        @Schema(description = "National procedure code (mã TTHC)", example = "1.001193") String procedureCode,
        @Schema(description = "The catalogue's name of the procedure; null when the catalogue does not list the code",
                nullable = true) String procedureName,
        @Schema(description = "Owner (chủ hồ sơ)") String ownerName,
        @Schema(description = "Who submitted it at reception here; null for a dossier imported from the province",
                nullable = true) String applicantName,
        @Schema(description = "Phone on file", nullable = true) String phone,
        @Schema(description = "How it reached the center; null for a dossier imported from the province",
                nullable = true) Channel channel,
        DossierStatus status,
        @Schema(description = "The national portal's TrangThaiHoSo (1 to 10)", minimum = "1", maximum = "10")
        int statusCode,
        Instant receivedAt,
        @Schema(description = "Reception in the center's local time") LocalDateTime receivedAtLocal,
        @Schema(description = "The appointment (ngày hẹn trả); the province's for an imported dossier") Instant dueAt,
        @Schema(description = "The appointment in the center's local time") LocalDateTime dueAtLocal,
        @Schema(description = "The due date computed on the center's working calendar; null when the procedure is "
                + "not in the catalogue", nullable = true) Instant computedDueAt,
        @Schema(description = "The computed due date in the center's local time", nullable = true)
        LocalDateTime computedDueAtLocal,
        @Schema(description = "The appointment differs from the computed due date (flagged, never corrected)")
        boolean dueDateDiffers,
        @Schema(description = "The clock stands still: the citizen was asked to supplement and has not yet")
        boolean clockStopped,
        @Schema(description = "Handling unit as the province named it (DonViXuLy)", nullable = true) String unit,
        @Schema(description = "Code of the center's unit that name matched", nullable = true, example = "TP")
        String unitCode,
        @Schema(description = "Code of the officer holding it now; null while nobody here holds it", nullable = true,
                example = "CB01") String holderCode,
        @Schema(description = "Full name of the officer holding it now", nullable = true) String holderName,
        @Schema(description = "Held by that officer since", nullable = true) Instant heldSince,
        @Schema(description = "Held since, in the center's local time", nullable = true) LocalDateTime heldSinceLocal,
        @Schema(description = "The result of handling, once recorded", nullable = true) DossierResult result,
        @Schema(description = "Why it was refused or withdrawn", nullable = true) String resultReason,
        @Schema(description = "The leader on duty who signed a same-day result, with their title", nullable = true,
                example = "Nguyễn Văn Bình, Chủ tịch UBND xã") String signedBy,
        DossierSource source,
        @Schema(description = "The citizen's page: unguessable, unlike the code", example = "/hs/q3J0c8bK2m1XyZ")
        String trackingPath,
        @Schema(description = "Still open and past its due date") boolean overdue,
        @Schema(description = "The new appointment of the apology a leader approved (Mẫu 04); the due date stays",
                nullable = true) Instant newAppointmentAt,
        @Schema(description = "The new appointment in the center's local time", nullable = true)
        LocalDateTime newAppointmentAtLocal) {
}
