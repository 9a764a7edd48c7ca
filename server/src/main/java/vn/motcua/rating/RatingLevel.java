package vn.motcua.rating;

/** The four-level scale of the foundation's pad; "satisfied" is what the 90% and 98% targets count. */
public enum RatingLevel {
    VERY_SATISFIED(true), SATISFIED(true), NEUTRAL(false), UNSATISFIED(false);

    private final boolean satisfied;

    RatingLevel(boolean satisfied) {
        this.satisfied = satisfied;
    }

    public boolean isSatisfied() {
        return satisfied;
    }
}
