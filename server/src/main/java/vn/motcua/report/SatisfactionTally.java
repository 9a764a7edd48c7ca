package vn.motcua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ratings counted against the targets: at least 90% satisfied (seed 002) and 98% (seed 004). The percentage is
 * cut, not rounded, to one decimal, so 89.96% reads 89.9% and never looks like a target it missed.
 */
public record SatisfactionTally(long total, long satisfied) {

    public static final SatisfactionTally NONE = new SatisfactionTally(0, 0);
    public static final int MINIMUM_TARGET = 90;
    public static final int TARGET = 98;

    /** Where a share of satisfied ratings stands against the two targets. */
    public enum Standing {
        NO_RATINGS, BELOW_90, MEETS_90, MEETS_98
    }

    public SatisfactionTally plus(SatisfactionTally other) {
        return new SatisfactionTally(total + other.total, satisfied + other.satisfied);
    }

    /** Satisfied share in percent, one decimal, cut; null before the first rating. */
    public BigDecimal percent() {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
    }

    public Standing standing() {
        BigDecimal percent = percent();
        if (percent == null) {
            return Standing.NO_RATINGS;
        }
        if (percent.compareTo(BigDecimal.valueOf(TARGET)) >= 0) {
            return Standing.MEETS_98;
        }
        return percent.compareTo(BigDecimal.valueOf(MINIMUM_TARGET)) >= 0 ? Standing.MEETS_90 : Standing.BELOW_90;
    }
}
