package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.catalogue.StepKind;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LateScope;
import vn.motcua.dossier.OverdueDay;
import vn.motcua.dossier.WorkingSpan;

/** The day's overdue list as the API gives it: per unit the late dossiers, then those due soon. */
@Schema(description = "The daily overdue list (danh sách hồ sơ quá hạn và sắp đến hạn), per unit")
record OverdueReportView(
        @Schema(example = "2026-12-02") LocalDate day,
        @Schema(description = "When the figures were read") Instant asOf,
        @Schema(description = "A manager's: every unit, then the unassigned; a head's: their unit")
        List<UnitPart> units) {

    /** One unit's part, or the unassigned part (unit null). */
    @Schema(name = "OverdueUnitView", description = "One unit's late and nearly due dossiers")
    record UnitPart(
            @Schema(description = "null for the dossiers no unit here answers for", nullable = true) String unit,
            @Schema(description = "The head of unit, jointly liable; null when none", nullable = true)
            String headName,
            @Schema(description = "Late dossiers and steps, the longest late first") List<LinePart> late,
            @Schema(description = "Dossiers and steps warned of, the soonest due first") List<LinePart> dueSoon) {
    }

    /** One dossier or step. */
    @Schema(name = "OverdueLineView", description = "A late or nearly due dossier, or one step of it")
    record LinePart(
            @Schema(example = "000.00.23.H22-261202-0001") String code,
            @Schema(example = "1.004873") String procedureCode,
            @Schema(description = "null when the catalogue does not list the code", nullable = true)
            String procedureName,
            DossierStatus status,
            @Schema(description = "DOSSIER: its own due time; STEP: a hand-off step's") LateScope scope,
            @Schema(description = "The step, for a STEP line", nullable = true) StepKind step,
            Instant dueAt,
            LocalDateTime dueAtLocal,
            @Schema(description = "The officer holding it now; null while nobody here holds it", nullable = true)
            String holderName,
            @Schema(nullable = true) Instant heldSince,
            @Schema(description = "Working minutes held so far; null while nobody holds it", nullable = true)
            Long heldWorkingMinutes,
            @Schema(description = "Working minutes past due; null for a line not yet late", nullable = true)
            Long lateWorkingMinutes,
            @Schema(description = "Who held it at its due time (late lines)", nullable = true) String answeringOfficer,
            @Schema(description = "That officer's head of unit, jointly liable", nullable = true) String answeringHead,
            @Schema(description = "The new return date an apology set", nullable = true) Instant newAppointmentAt) {

        static LinePart of(OverdueDay.Line line) {
            return new LinePart(line.code(), line.procedureCode(), line.procedureName().orElse(null), line.status(),
                    line.scope(), line.scope() == LateScope.STEP ? line.step().orElse(null) : null, line.dueAt(),
                    CenterLocalTime.of(line.dueAt()), line.holderName().orElse(null), line.heldSince().orElse(null),
                    line.heldFor().map(LinePart::minutes).orElse(null), line.lateBy().map(LinePart::minutes).orElse(null),
                    line.answeringOfficer().orElse(null), line.answeringHead().orElse(null),
                    line.newAppointmentAt().orElse(null));
        }

        private static Long minutes(WorkingSpan span) {
            return span.total().toMinutes();
        }
    }

    static OverdueReportView of(OverdueDay day) {
        return new OverdueReportView(day.day(), day.asOf(), day.groups().stream().map(group -> new UnitPart(
                group.isUnassigned() ? null : group.unitName(), group.headName().orElse(null),
                group.late().stream().map(LinePart::of).toList(), group.dueSoon().stream().map(LinePart::of).toList()))
                .toList());
    }
}
