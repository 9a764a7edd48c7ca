package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureStep;
import vn.motcua.catalogue.StepKind;

/**
 * Each step's own due time (the control slip's "thời hạn"): the procedure's steps share its legal time, and a step is
 * due when the shares up to and including it have run, counted on the working calendar from reception.
 */
@Component
class StepDue {

    private final DueDates dueDates;

    StepDue(DueDates dueDates) {
        this.dueDates = dueDates;
    }

    /** When the step is due; the dossier's due date for a step the procedure does not list (or no procedure). */
    Instant of(Optional<Procedure> procedure, StepKind step, Dossier dossier) {
        List<ProcedureStep> steps = procedure.map(Procedure::getSteps).orElse(List.of());
        int cumulative = 0;
        int through = -1;
        for (ProcedureStep each : steps) {
            cumulative += each.sharePercent();
            if (each.kind() == step) {
                through = cumulative;
            }
        }
        return through < 0 ? dossier.getDueAt() : dueDates.shareOf(dossier.getReceivedAt(), dossier.getDueAt(), through);
    }

    /** The step after the given one in the procedure's order; RETURN after the last or when unknown. */
    static StepKind after(Optional<Procedure> procedure, StepKind current) {
        List<ProcedureStep> steps = procedure.map(Procedure::getSteps).orElse(List.of());
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).kind() == current) {
                return steps.get(i + 1).kind();
            }
        }
        return current == StepKind.RECEPTION && steps.isEmpty() ? StepKind.APPRAISAL : StepKind.RETURN;
    }
}
