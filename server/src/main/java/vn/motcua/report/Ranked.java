package vn.motcua.report;

import java.util.Optional;

/**
 * One unit or officer in a ranking: who, how many ratings or dossiers the value rests on, the value (a percent or the
 * 766 score out of 100), the rank (empty when not ranked: too few to count, see {@link Rankings#MINIMUM}) and how it
 * moved since the period before.
 *
 * @param places how many places it rose (positive) or fell (negative); 0 when the same or new
 */
public record Ranked(long id, String name, String unitName, long counted, Optional<Double> value,
        Optional<Integer> rank, Movement movement, int places) {

    /** Where it stands against the previous period's ranking of the same criterion. */
    public enum Movement {
        /** A better (smaller) rank than before. */
        UP,
        /** A worse rank than before. */
        DOWN,
        /** The same rank. */
        SAME,
        /** Not ranked before (or not ranked now): nothing to compare. */
        NEW
    }

    /** Whether it has a rank. */
    public boolean ranked() {
        return rank.isPresent();
    }
}
