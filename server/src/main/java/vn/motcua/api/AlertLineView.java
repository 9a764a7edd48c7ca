package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.catalogue.StepKind;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LateScope;

/** One line of the late or due-soon list: which due time, who holds the dossier now, and who answers for it late. */
@Schema(description = "A late or due-soon dossier (hồ sơ quá hạn, sắp đến hạn), or one step of it")
record AlertLineView(
        @Schema(example = "000.00.23.H22-261202-0001") String code,
        @Schema(example = "1.004873") String procedureCode,
        DossierStatus status,
        @Schema(description = "DOSSIER: the dossier's own due time; STEP: one hand-off step's") LateScope scope,
        @Schema(description = "The step, for a STEP line", nullable = true) StepKind step,
        @Schema(description = "The due time watched") Instant dueAt,
        @Schema(description = "The due time in the center's local time") LocalDateTime dueAtLocal,
        @Schema(description = "The dossier's unit now; null when the province named none", nullable = true)
        UnitRef unit,
        @Schema(description = "The officer holding it now; null while nobody here holds it", nullable = true)
        PersonRef holder,
        @Schema(description = "Since when that officer holds it", nullable = true) Instant heldSince,
        @Schema(description = "Who answers for it, on a late line; null on a due-soon one", nullable = true)
        LateView late,
        @Schema(description = "The new appointment an approved apology gave the citizen", nullable = true)
        Instant newAppointmentAt) {

    /** A unit: its code when it is one of the center's, and its name. */
    @Schema(description = "A unit (đơn vị)")
    record UnitRef(
            @Schema(description = "null for a unit the center does not have", nullable = true, example = "KT")
            String code,
            @Schema(example = "Phòng Kinh tế") String name) {
    }

    /** An officer by code and full name. */
    @Schema(description = "An officer (công chức)")
    record PersonRef(@Schema(example = "CB03") String code, @Schema(example = "Lê Minh Tuấn") String name) {
    }

    /** The lateness on record: found when, on whose name, and their head of unit's (joint liability). */
    @Schema(description = "A lateness on record (quá hạn)")
    record LateView(
            @Schema(description = "The lateness's id, as its explanation names it", example = "7") long latenessId,
            @Schema(description = "When the watch found it late") Instant foundAt,
            @Schema(description = "Who held it at its due time; null when nobody here did", nullable = true)
            PersonRef officer,
            @Schema(description = "The head of that unit; null when the unit has none", nullable = true)
            PersonRef head,
            @Schema(description = "Late for no unit here: the manager's to settle") boolean unassigned) {
    }
}
