package vn.motcua.rating;

/**
 * The levels a visitor can give, best first; a center's pad offers 3, 4 or 5 of them ({@link RatingScale}).
 * "Satisfied" is what the 90% and 98% targets count; anything less asks the visitor why.
 */
public enum RatingLevel {
    VERY_SATISFIED(true), SATISFIED(true), NEUTRAL(false), UNSATISFIED(false), VERY_UNSATISFIED(false);

    private final boolean satisfied;

    RatingLevel(boolean satisfied) {
        this.satisfied = satisfied;
    }

    public boolean isSatisfied() {
        return satisfied;
    }

    /** A low score: the pad asks the visitor for the reasons. */
    public boolean asksForReasons() {
        return !satisfied;
    }
}
