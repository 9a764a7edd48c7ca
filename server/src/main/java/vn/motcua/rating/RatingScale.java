package vn.motcua.rating;

import static vn.motcua.rating.RatingLevel.NEUTRAL;
import static vn.motcua.rating.RatingLevel.SATISFIED;
import static vn.motcua.rating.RatingLevel.UNSATISFIED;
import static vn.motcua.rating.RatingLevel.VERY_SATISFIED;
import static vn.motcua.rating.RatingLevel.VERY_UNSATISFIED;

import java.util.List;
import vn.motcua.i18n.Refusal;

/**
 * The faces a center's pad offers (setting {@code center.rating_scale}), best first. Key 1 of a pad is the best
 * level of the scale, key N the worst, whatever N is.
 */
public enum RatingScale {
    THREE(SATISFIED, NEUTRAL, UNSATISFIED),
    FOUR(VERY_SATISFIED, SATISFIED, NEUTRAL, UNSATISFIED),
    FIVE(VERY_SATISFIED, SATISFIED, NEUTRAL, UNSATISFIED, VERY_UNSATISFIED);

    private final List<RatingLevel> levels;

    RatingScale(RatingLevel... levels) {
        this.levels = List.of(levels);
    }

    /** The scale of so many levels; the database allows only 3, 4 or 5. */
    public static RatingScale of(int levels) {
        return switch (levels) {
            case 3 -> THREE;
            case 4 -> FOUR;
            case 5 -> FIVE;
            default -> throw new IllegalStateException("center.rating_scale must be 3, 4 or 5, was " + levels);
        };
    }

    /** The levels, best first. */
    public List<RatingLevel> levels() {
        return levels;
    }

    public boolean offers(RatingLevel level) {
        return levels.contains(level);
    }

    /** The level of pad key {@code key} (1 = best); a key beyond the scale is refused. */
    public RatingLevel levelOfKey(int key) {
        if (key < 1 || key > levels.size()) {
            throw new Refusal("problem.rating.off-scale",
                    "Key " + key + " is not on the center's " + levels.size() + "-level rating scale");
        }
        return levels.get(key - 1);
    }
}
