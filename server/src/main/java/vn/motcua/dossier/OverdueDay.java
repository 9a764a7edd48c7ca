package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.StepKind;

/**
 * The overdue list of a working day (seed 004: reviewed daily), per unit: the late dossiers, longest late first, and
 * those about to be late, soonest due first; for the manager one more group of what no unit here answers for.
 */
public record OverdueDay(LocalDate day, Instant asOf, List<Group> groups) {

    /** One unit's part, or the unassigned part ({@code unitId} empty): its head names who signs for it. */
    public record Group(Optional<Long> unitId, String unitName, Optional<String> headName, List<Line> late,
            List<Line> dueSoon) {

        public boolean isUnassigned() {
            return unitId.isEmpty();
        }

        public boolean isEmpty() {
            return late.isEmpty() && dueSoon.isEmpty();
        }
    }

    /**
     * One dossier, or one step of it: who holds it now and for how long in working time, its due time, how long late
     * (late lines only), who answers for it (the officer who held it at its due time and their head) and the new
     * appointment an apology set. {@code unitNamed} is the unit the dossier's record names (for an unassigned one, a
     * unit the center lacks).
     */
    public record Line(String code, String procedureCode, Optional<String> procedureName, DossierStatus status,
            LateScope scope, Optional<StepKind> step, Instant dueAt, Optional<String> holderName,
            Optional<Instant> heldSince, Optional<WorkingSpan> heldFor, Optional<WorkingSpan> lateBy,
            Optional<String> answeringOfficer, Optional<String> answeringHead, Optional<Instant> newAppointmentAt,
            Optional<String> unitNamed) {

        public boolean isLate() {
            return lateBy.isPresent();
        }
    }

    /** How many lines in all groups: late, then due soon. */
    public int lateCount() {
        return groups.stream().mapToInt(group -> group.late().size()).sum();
    }

    public int dueSoonCount() {
        return groups.stream().mapToInt(group -> group.dueSoon().size()).sum();
    }
}
