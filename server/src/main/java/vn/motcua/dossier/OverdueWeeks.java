package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The weekly count of overdue dossiers (seed 002): for each of the last ISO weeks (Monday to Sunday, the center's
 * time), how many dossiers were found late that week for each unit, and for none (unassigned).
 */
public record OverdueWeeks(List<Week> weeks, List<UnitCounts> units) {

    /** An ISO week: its year and number, and its Monday. */
    public record Week(int year, int number, LocalDate monday) {

        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /** One unit's counts, week by week in the order of {@link #weeks()}; the unassigned row has no unit. */
    public record UnitCounts(Optional<Long> unitId, String unitName, List<Integer> counts) {

        public boolean isUnassigned() {
            return unitId.isEmpty();
        }

        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
