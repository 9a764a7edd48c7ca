package vn.motcua.report;

import java.util.List;
import java.util.Optional;

/**
 * The 766 index (Decision 766/QĐ-TTg) of a group of dossiers for a period: the center, a unit or the officer who
 * received them. The counts are kept beside the indicators so every figure can be checked and drilled into; the
 * formulas and their sources are in {@code docs/index766.md}.
 */
public record Index766(Optional<Long> groupId, String groupName, Counts counts, List<Indicator> indicators) {

    /** Group maxima published for the index; each is scored here by the one criterion this product can measure. */
    public static final double PROGRESS_MAX = 20, SATISFACTION_MAX = 18, ONLINE_MAX = 12, DIGITISED_MAX = 22,
            PAYMENT_MAX = 10, TRANSPARENCY_MAX = 18;

    /**
     * What the indicators are computed from. Handled: finished in the period or still open at its end (withdrawn ones
     * left out). Received: received in the period. Finished: ended in the period.
     */
    public record Counts(long handled, long onTime, long lateFinished, long lateOpen, long secondSupplement,
            long dissatisfied, long received, long online, long synced, long finished, long digitised,
            long paymentRecorded, long paidOnline) {

        /** Late for any reason: after the due date, or asked for a supplement a second time. */
        public long late() {
            return handled - onTime;
        }
    }

    /** The indicator's code in the decision, or a name where it has none. */
    public enum Code {
        /** 1.4 sync rate with the national portal (an estimate: the portal's own count is not known here). */
        SYNC,
        /** 2.1 on time. */
        ON_TIME,
        /** 3.3 online share, times the sync rate. */
        ONLINE,
        /** 4.2 digitised documents and result. */
        DIGITISED,
        /** Online payment, where recorded. */
        PAYMENT,
        /** 5.4 satisfaction: 100% minus the late rate and the rate of dissatisfied or complained-about dossiers. */
        SATISFACTION
    }

    /**
     * One indicator: its rate in percent (empty when nothing was there to count), the points it earns of its group's
     * maximum, and the rate from which the points are full.
     */
    public record Indicator(Code code, Optional<Double> percent, double points, double max, double fullAt,
            boolean estimate) {
    }

    /** The indicator of this code. */
    public Indicator indicator(Code code) {
        return indicators.stream().filter(each -> each.code() == code).findFirst().orElseThrow();
    }

    /**
     * The score out of 100 over the indicators that had something to count: points over the maxima of those groups.
     * Empty when none had.
     */
    public Optional<Double> score() {
        double points = 0;
        double max = 0;
        for (Indicator each : indicators) {
            if (each.percent().isPresent()) {
                points += each.points();
                max += each.max();
            }
        }
        return max == 0 ? Optional.empty() : Optional.of(points * 100 / max);
    }
}
