package vn.motcua.report;

import java.util.List;
import java.util.Optional;
import vn.motcua.report.Index766.Code;
import vn.motcua.report.Index766.Counts;
import vn.motcua.report.Index766.Indicator;

/**
 * Turns counts into the indicators and points of the 766 index. Where the decision gives a threshold the points are
 * full at it and proportional below (rate × max ÷ threshold); where it gives none, proportional to the rate.
 */
final class Index766Scoring {

    private Index766Scoring() {
    }

    static Index766 of(Optional<Long> groupId, String groupName, Counts counts) {
        Optional<Double> sync = percent(counts.synced(), counts.received());
        Optional<Double> onTime = percent(counts.onTime(), counts.handled());
        Optional<Double> online = percent(counts.online(), counts.received())
                .map(share -> share * sync.orElse(100.0) / 100);
        Optional<Double> digitised = percent(counts.digitised(), counts.finished());
        Optional<Double> payment = percent(counts.paidOnline(), counts.paymentRecorded());
        Optional<Double> satisfaction = counts.handled() == 0 ? Optional.empty() : Optional.of(Math.max(0,
                100 - 100.0 * counts.late() / counts.handled() - 100.0 * counts.dissatisfied() / counts.handled()));
        return new Index766(groupId, groupName, counts, List.of(
                indicator(Code.SYNC, sync, Index766.TRANSPARENCY_MAX, 100, true),
                indicator(Code.ON_TIME, onTime, Index766.PROGRESS_MAX, 100, false),
                indicator(Code.ONLINE, online, Index766.ONLINE_MAX, 50, false),
                indicator(Code.DIGITISED, digitised, Index766.DIGITISED_MAX, 80, false),
                indicator(Code.PAYMENT, payment, Index766.PAYMENT_MAX, 100, false),
                indicator(Code.SATISFACTION, satisfaction, Index766.SATISFACTION_MAX, 90, false)));
    }

    private static Indicator indicator(Code code, Optional<Double> percent, double max, double fullAt,
            boolean estimate) {
        double points = percent.map(rate -> rate >= fullAt ? max : rate * max / fullAt).orElse(0.0);
        return new Indicator(code, percent, points, max, fullAt, estimate);
    }

    private static Optional<Double> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(100.0 * part / whole);
    }
}
