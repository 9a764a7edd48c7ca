package vn.motcua.screens.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.LateScope;
import vn.motcua.officer.Unit;

/**
 * The board's dossier alerts, counted by dossier per unit: late (past their own due time), late at a step only, and
 * due soon; and the dossiers no unit here answers for, the manager's to settle.
 */
record DossierAlertCounts(List<UnitCounts> units, UnitCounts unassigned) {

    /** One unit's counts; the unassigned row has no id. */
    record UnitCounts(Long unitId, String unitName, long late, long stepLate, long dueSoon) {

        boolean any() {
            return late + stepLate + dueSoon > 0;
        }
    }

    /** Every unit of the center in its order, with its counts (zero included: a quiet unit is news too). */
    static DossierAlertCounts of(List<Unit> units, List<AlertLine> late, List<AlertLine> dueSoon) {
        Map<Optional<Long>, Sets> byUnit = new LinkedHashMap<>();
        for (AlertLine line : late) {
            Sets sets = byUnit.computeIfAbsent(bucket(line), unit -> new Sets());
            (line.scope() == LateScope.DOSSIER ? sets.late : sets.stepLate).add(line.code());
        }
        for (AlertLine line : dueSoon) {
            byUnit.computeIfAbsent(bucket(line), unit -> new Sets()).dueSoon.add(line.code());
        }
        List<UnitCounts> counts = new ArrayList<>();
        for (Unit unit : units) {
            counts.add(byUnit.getOrDefault(Optional.of(unit.getId()), new Sets()).counts(unit.getId(), unit.getName()));
        }
        return new DossierAlertCounts(counts, byUnit.getOrDefault(Optional.empty(), new Sets()).counts(null, null));
    }

    long late() {
        return units.stream().mapToLong(UnitCounts::late).sum() + unassigned.late();
    }

    long dueSoon() {
        return units.stream().mapToLong(UnitCounts::dueSoon).sum() + unassigned.dueSoon();
    }

    /** The unit the dossier is with here; none for one this center has no unit for, or one late for nobody here. */
    private static Optional<Long> bucket(AlertLine line) {
        boolean nobodys = line.late().filter(AlertLine.Late::unassigned).isPresent();
        return nobodys ? Optional.empty() : line.unitId();
    }

    /** The codes counted in each column: a dossier late overall is not counted late at its step as well. */
    private static final class Sets {
        private final Set<String> late = new HashSet<>();
        private final Set<String> stepLate = new HashSet<>();
        private final Set<String> dueSoon = new HashSet<>();

        UnitCounts counts(Long unitId, String unitName) {
            stepLate.removeAll(late);
            dueSoon.removeAll(late);
            dueSoon.removeAll(stepLate);
            return new UnitCounts(unitId, unitName, late.size(), stepLate.size(), dueSoon.size());
        }
    }
}
