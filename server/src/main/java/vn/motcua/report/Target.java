package vn.motcua.report;

import java.util.Optional;

/**
 * One target of the directives (DOMAIN.md rule 13) for a period: what was measured ({@code part} of {@code whole}, or
 * this period's count against the one a year earlier), the value in percent, the goal and whether it is met. A target
 * the product records nothing for says so in its status, never with a made-up 0%.
 */
public record Target(Code code, Optional<Long> part, Optional<Long> whole, Optional<Double> value, double goal,
        Status status) {

    /** The targets, in the order the directives give them; the sources are in docs/monthly-report.md. */
    public enum Code {
        /** 100% of dossiers on time or early (seeds 001, 004). */
        ON_TIME,
        /** Online dossiers at least 80% of those received (seeds 002, 004). */
        ONLINE,
        /** Dossiers served without appointment (on the spot, same day) up at least 20% on a year earlier (seed 004). */
        WITHOUT_APPOINTMENT,
        /** At least 60% of citizens using online services themselves (seed 004). */
        SELF_SERVICE,
        /** Digitised dossiers and results at least 80% (seeds 002, 004). */
        DIGITISED,
        /** Re-use of digitised dossiers and results at least 50% (seeds 002, 004). */
        REUSE,
        /** Handling time cut by at least 50% for the procedures that qualify (seed 004). */
        TIME_CUT
    }

    /** Whether the target is met, missed, had nothing to count in the period, or is not recorded in this product. */
    public enum Status {
        MET, NOT_MET, NOTHING_TO_COUNT, NOT_RECORDED
    }

    /** A rate of {@code part} over {@code whole} against a goal it must reach. */
    static Target rate(Code code, long part, long whole, double goal) {
        if (whole == 0) {
            return new Target(code, Optional.of(part), Optional.of(whole), Optional.empty(), goal,
                    Status.NOTHING_TO_COUNT);
        }
        double value = part * 100.0 / whole;
        return new Target(code, Optional.of(part), Optional.of(whole), Optional.of(value), goal,
                value >= goal ? Status.MET : Status.NOT_MET);
    }

    /** The growth of {@code now} over {@code before} in percent against the growth it must reach. */
    static Target growth(Code code, long now, long before, double goal) {
        if (before == 0) {
            return new Target(code, Optional.of(now), Optional.of(before), Optional.empty(), goal,
                    Status.NOTHING_TO_COUNT);
        }
        double value = (now - before) * 100.0 / before;
        return new Target(code, Optional.of(now), Optional.of(before), Optional.of(value), goal,
                value >= goal ? Status.MET : Status.NOT_MET);
    }

    /** A target whose figures this product does not keep. */
    static Target notRecorded(Code code, double goal) {
        return new Target(code, Optional.empty(), Optional.empty(), Optional.empty(), goal, Status.NOT_RECORDED);
    }
}
