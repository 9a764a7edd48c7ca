package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.DossierEventKind;
import vn.motcua.dossier.ViolationKind;

/** One entry of the register of violations, naming the officer and the head of unit jointly liable. */
@Schema(description = "A violation (vi phạm) with the officer, the head of unit jointly liable and the dossier's events")
record ViolationView(
        long id,
        ViolationKind kind,
        @Schema(description = "The kind in Vietnamese words", example = "Hồ sơ bị trả lại do lỗi của cán bộ")
        String kindText,
        @Schema(description = "Dossier code (mã hồ sơ)") String dossierCode,
        @Schema(example = "CB04") String officerCode,
        @Schema(example = "Phạm Thu Trang") String officerName,
        @Schema(description = "The officer's unit when it happened", nullable = true, example = "KT") String unitCode,
        @Schema(nullable = true, example = "Phòng Kinh tế") String unitName,
        @Schema(description = "The head of that unit, jointly liable (liên đới)", nullable = true, example = "CB02")
        String headCode,
        @Schema(nullable = true, example = "Trần Văn Đức") String headName,
        Instant occurredAt,
        @Schema(description = "When, in the center's local time") LocalDateTime occurredAtLocal,
        @Schema(description = "The proof in words") String evidence,
        @Schema(description = "Username of who recorded it (the head who ruled, or who recorded it by hand)")
        String recordedBy,
        @Schema(description = "Their name, where they are an officer") String recordedByName,
        @Schema(description = "The dossier's control slip in this API", example = "/api/v1/dossiers/KT-1/control-slip")
        String controlSlipPath,
        @Schema(description = "The dossier's events up to and including this entry, oldest first") List<Event> events) {

    /** One event of the dossier's record. */
    @Schema(description = "An event of the dossier's record")
    record Event(Instant at, @Schema(description = "At, in the center's local time") LocalDateTime atLocal,
            DossierEventKind kind,
            @Schema(description = "Code of the officer it names", nullable = true) String officerCode,
            @Schema(description = "Who did it (username, or system)") String actor,
            @Schema(nullable = true) String detail) {
    }
}
