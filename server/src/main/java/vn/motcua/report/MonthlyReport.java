package vn.motcua.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.rating.RatingLevel;

/**
 * The monthly report to the chairperson in the shape seed 002 asks for: per unit, the dossiers received, handled, on
 * time and late, the classes of overdue (at reception, at handling, returned several times through the officers'
 * fault), supplements and apologies, and the counters' tickets, waits, ratings and complaints. How each figure is
 * counted: docs/monthly-report.md.
 */
public record MonthlyReport(ReportPeriod period, Line center, List<Line> units) {

    /** The report as a head of unit reads it: their unit's line alone, as the first line and the only one. */
    public MonthlyReport only(Optional<Long> unitId) {
        if (unitId.isEmpty()) {
            return this;
        }
        Line own = units.stream().filter(line -> line.unitId().equals(unitId)).findFirst()
                .orElse(new Line(unitId, "", Figures.none()));
        return new MonthlyReport(period, own, List.of(own));
    }

    /** One unit's figures, or the center's (no unit id), or the dossiers of no unit (no id, empty name). */
    public record Line(Optional<Long> unitId, String name, Figures figures) {

        /** Whether the directive's classification names this unit: a dossier overdue at reception. */
        public boolean overdueAtReception() {
            return figures.overdueAtReception() > 0;
        }

        /** Whether the unit had a dossier overdue at handling. */
        public boolean overdueAtHandling() {
            return figures.overdueAtHandling() > 0;
        }

        /** Whether a dossier of the unit was returned to the citizen through an officer's fault twice or more. */
        public boolean returnedSeveralTimes() {
            return figures.returnedSeveralTimes() > 0;
        }
    }

    /**
     * A unit's month.
     *
     * @param received dossiers received in the period (the 766 index's count)
     * @param handled dossiers handled: finished in the period or still open at its end (the 766 index's)
     * @param onTime of the handled, on time by the 766 rule; {@code late} the others
     * @param overdueAtReception distinct dossiers found late at their reception step in the period
     * @param overdueAtHandling distinct dossiers found late at another step or past their own due date
     * @param returnedByFault violations "returned through the officer's fault" recorded in the period
     * @param returnedSeveralTimes dossiers with two or more such violations, the last in the period
     * @param supplementRequests supplement requests asked in the period; {@code secondRequests} those after the first
     * @param apologies apologies (Mẫu 04) a leader approved in the period: the ones sent to the citizen
     * @param ticketsServed tickets finished; {@code waits}/{@code waitedSeconds} tickets called and their waits;
     *     {@code servingSeconds} the service times of the finished ones
     * @param ratings pad ratings by level; {@code satisfied} those the center counts as satisfied
     * @param complaints citizens' feedback received in the period naming the unit
     */
    public record Figures(long received, long handled, long onTime, long late, long overdueAtReception,
            long overdueAtHandling, long returnedByFault, long returnedSeveralTimes, long supplementRequests,
            long secondRequests, long apologies, long ticketsServed, long waits, double waitedSeconds,
            double servingSeconds, Map<RatingLevel, Long> ratings, long satisfied, long complaints) {

        public Figures {
            ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
        }

        /** Nothing at all. */
        public static Figures none() {
            Map<RatingLevel, Long> none = new EnumMap<>(RatingLevel.class);
            Arrays.stream(RatingLevel.values()).forEach(level -> none.put(level, 0L));
            return new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, none, 0, 0);
        }

        /** Every rating. */
        public long rated() {
            return ratings.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Satisfied share in percent; empty when nobody rated. */
        public Optional<Double> satisfiedPercent() {
            return rated() == 0 ? Optional.empty() : Optional.of(satisfied * 100.0 / rated());
        }

        /** On-time share of the handled in percent; empty when none was handled. */
        public Optional<Double> onTimePercent() {
            return handled == 0 ? Optional.empty() : Optional.of(onTime * 100.0 / handled);
        }

        /** Average wait from entering the queue to the call; empty when no ticket was called. */
        public Optional<Duration> averageWait() {
            return average(waitedSeconds, waits);
        }

        /** Average service from the start (or the call) to the finish; empty when none was finished. */
        public Optional<Duration> averageService() {
            return average(servingSeconds, ticketsServed);
        }

        private static Optional<Duration> average(double seconds, long count) {
            return count == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000 / count)));
        }
    }
}
