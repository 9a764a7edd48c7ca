package vn.motcua.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.officer.Employment;
import vn.motcua.rating.RatingLevel;

/** One officer's month as the evaluation reads it: who they are, and their {@link Figures}. */
public record OfficerMonth(long officerId, String code, String fullName, Long unitId, String unitName,
        Employment employment, Figures figures) {

    /** Whether the center grades this officer (civil servants and public employees). */
    public boolean graded() {
        return employment.isGraded();
    }

    /**
     * What an officer (or a unit, summed over its officers) did in a month.
     *
     * @param received dossiers received (the officer is the dossier's receiving officer)
     * @param handled distinct dossiers received by the officer or handed to them in the month
     * @param onTime of the dossiers the officer received, those on time by the 766 index's rule ({@link
     *     Index766Figures#officers}: finished in the month or open at its end, supplement waits left out)
     * @param late of the same dossiers, those late (after the due date, or asked for a supplement twice)
     * @param lateOwnFault violations in the register, late through the officer's own fault
     * @param supplementViolations violations: a supplement asked without reason (a second request)
     * @param returnedByFault violations: dossiers returned through the officer's fault
     * @param extensionsWithoutReason violations: time extended without a valid reason
     * @param ticketsServed tickets the officer finished
     * @param waits tickets the officer called, and {@code waitedSeconds} their waits from entering the queue
     * @param services tickets the officer finished, and {@code servingSeconds} from the start of service (or the
     *     call) to the finish
     * @param absences visitors the officer marked as not come (no-show)
     * @param ratings ratings by level, every level
     * @param satisfied ratings counted as satisfied ({@code ReportSettings.neutralSatisfied()} decides "Bình thường")
     * @param complaints feedback naming the officer
     * @param denunciations denunciations naming the officer: counted, never detailed
     */
    public record Figures(long received, long handled, long onTime, long late, long lateOwnFault,
            long supplementViolations, long returnedByFault, long extensionsWithoutReason, long ticketsServed,
            long waits, double waitedSeconds, long services, double servingSeconds, long absences,
            Map<RatingLevel, Long> ratings, long satisfied, long complaints, long denunciations) {

        /** Nothing done. */
        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, noRatings(), 0, 0, 0);

        public Figures {
            ratings = Collections.unmodifiableMap(new EnumMap<>(ratings));
        }

        static Map<RatingLevel, Long> noRatings() {
            Map<RatingLevel, Long> none = new EnumMap<>(RatingLevel.class);
            Arrays.stream(RatingLevel.values()).forEach(level -> none.put(level, 0L));
            return none;
        }

        /** Every rating. */
        public long rated() {
            return ratings.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The register's entries of the month on this officer (or unit): what the rule calls confirmed violations. */
        public long violations() {
            return lateOwnFault + supplementViolations + returnedByFault + extensionsWithoutReason;
        }

        /** Satisfied share in percent; empty when nobody rated. */
        public Optional<Double> satisfiedPercent() {
            return percent(satisfied, rated());
        }

        /** On-time rate in percent of the received dossiers counted; empty when none was. */
        public Optional<Double> onTimePercent() {
            return percent(onTime, onTime + late);
        }

        public Optional<Duration> averageWait() {
            return average(waitedSeconds, waits);
        }

        public Optional<Duration> averageService() {
            return average(servingSeconds, services);
        }

        /** What the grade rule reads. */
        public GradeRule.Tally tally() {
            return new GradeRule.Tally(satisfied, rated(), onTime, onTime + late, violations());
        }

        /** Two officers' figures together (a unit's line). */
        public Figures plus(Figures other) {
            Map<RatingLevel, Long> both = new EnumMap<>(ratings);
            other.ratings.forEach((level, count) -> both.merge(level, count, Long::sum));
            return new Figures(received + other.received, handled + other.handled, onTime + other.onTime,
                    late + other.late, lateOwnFault + other.lateOwnFault,
                    supplementViolations + other.supplementViolations, returnedByFault + other.returnedByFault,
                    extensionsWithoutReason + other.extensionsWithoutReason, ticketsServed + other.ticketsServed,
                    waits + other.waits, waitedSeconds + other.waitedSeconds, services + other.services,
                    servingSeconds + other.servingSeconds, absences + other.absences, both,
                    satisfied + other.satisfied, complaints + other.complaints, denunciations + other.denunciations);
        }

        private static Optional<Double> percent(long part, long whole) {
            return whole == 0 ? Optional.empty() : Optional.of(part * 100.0 / whole);
        }

        private static Optional<Duration> average(double seconds, long count) {
            return count == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(seconds * 1000 / count)));
        }
    }
}
