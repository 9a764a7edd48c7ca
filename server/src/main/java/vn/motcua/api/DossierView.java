package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierSource;
import vn.motcua.dossier.DossierStatus;

/** One dossier as staff read it: what, whose, where it stands, when it is due, and the citizen's page. */
@Schema(description = "A dossier (hồ sơ), for staff")
record DossierView(
        @Schema(description = "Dossier code (mã hồ sơ) as the receiving agency gave it",
                example = "000.00.12.H12-261123-0007") String code,
        @Schema(description = "National procedure code (mã TTHC)", example = "1.001193") String procedureCode,
        @Schema(description = "The catalogue's name of the procedure; null when the catalogue does not list the code",
                nullable = true) String procedureName,
        @Schema(description = "Owner (chủ hồ sơ)") String ownerName,
        @Schema(description = "Phone on file", nullable = true) String phone,
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
        @Schema(description = "Handling unit as the province named it (DonViXuLy)", nullable = true) String unit,
        @Schema(description = "Code of the center's unit that name matched", nullable = true, example = "TP")
        String unitCode,
        DossierSource source,
        @Schema(description = "The citizen's page: unguessable, unlike the code", example = "/hs/q3J0c8bK2m1XyZ")
        String trackingPath,
        @Schema(description = "Still open and past its due date") boolean overdue) {

    static DossierView of(Dossier dossier, String procedureName, String unitCode, Instant now) {
        return new DossierView(dossier.getCode(), dossier.getProcedureCode(), procedureName, dossier.getOwnerName(),
                dossier.getPhone().orElse(null), dossier.getStatus(), dossier.getStatus().nationalCode(),
                dossier.getReceivedAt(), CenterLocalTime.of(dossier.getReceivedAt()), dossier.getDueAt(),
                CenterLocalTime.of(dossier.getDueAt()), dossier.getComputedDueAt().orElse(null),
                CenterLocalTime.of(dossier.getComputedDueAt().orElse(null)), dossier.isDueDateDiffers(),
                dossier.getUnitName().orElse(null), unitCode, dossier.getSource(),
                "/hs/" + dossier.getTrackingToken(), dossier.isOverdue(now));
    }
}
