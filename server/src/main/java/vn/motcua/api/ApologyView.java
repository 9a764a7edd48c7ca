package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.motcua.dossier.ApologyState;
import vn.motcua.dossier.DossierApology;
import vn.motcua.officer.Officer;

/** An apology and new appointment (Mẫu 04): the reason, the new date, who drafted it and what the leader decided. */
@Schema(description = "An apology and new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả)")
record ApologyView(
        @Schema(description = "Dossier code", example = "000.00.23.H22-261202-0001") String dossierCode,
        ApologyState state,
        @Schema(description = "Why the result is late") String reason,
        @Schema(description = "The new appointment; the dossier's once approved") Instant newAppointmentAt,
        @Schema(description = "The new appointment in the center's local time") LocalDateTime newAppointmentAtLocal,
        @Schema(description = "Code of the officer who drafted it", nullable = true, example = "CB03")
        String draftedByCode,
        Instant draftedAt,
        @Schema(description = "Drafted at, in the center's local time") LocalDateTime draftedAtLocal,
        @Schema(description = "The leader who decided, by name", nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "Decided at, in the center's local time", nullable = true) LocalDateTime decidedAtLocal,
        @Schema(description = "The leader's comment", nullable = true) String decisionComment,
        @Schema(description = "Whether the leader found the reason valid", nullable = true) Boolean reasonValid) {

    static ApologyView of(String dossierCode, DossierApology apology, Optional<Officer> drafter) {
        Instant decidedAt = apology.getDecidedAt().orElse(null);
        return new ApologyView(dossierCode, apology.getState(), apology.getReason(), apology.getNewAppointmentAt(),
                CenterLocalTime.of(apology.getNewAppointmentAt()), drafter.map(Officer::getCode).orElse(null),
                apology.getDraftedAt(), CenterLocalTime.of(apology.getDraftedAt()),
                apology.getDecidedBy().orElse(null), decidedAt, CenterLocalTime.of(decidedAt),
                apology.getDecisionComment().orElse(null), apology.getReasonValid().orElse(null));
    }
}
