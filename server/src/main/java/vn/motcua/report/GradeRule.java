package vn.motcua.report;

import java.util.Map;
import vn.motcua.center.CenterSettings.Setting;

/**
 * The rule the center configures to propose a grade: for each of the three upper grades, the least satisfied share
 * and on-time rate (whole percents) and the most confirmed violations. The officer gets the best grade whose three
 * conditions they meet, else {@link Grade#NOT_DONE}. A share with nothing to count (no rating, no dossier) does not
 * block: an officer who sat at no counter is judged on what they did.
 */
public record GradeRule(Threshold excellent, Threshold good, Threshold done) {

    /** What one grade asks. */
    public record Threshold(int satisfiedPercent, int onTimePercent, int maxViolations) {

        boolean metBy(Tally tally) {
            return atLeast(tally.satisfied(), tally.rated(), satisfiedPercent)
                    && atLeast(tally.onTime(), tally.handled(), onTimePercent)
                    && tally.violations() <= maxViolations;
        }

        /** Compared in whole numbers: 9 of 10 is exactly 90%, 899 of 1000 is below it. */
        private static boolean atLeast(long part, long whole, int percent) {
            return whole == 0 || part * 100 >= (long) percent * whole;
        }
    }

    /** What the rule reads: ratings (satisfied of rated), dossiers (on time of handled) and confirmed violations. */
    public record Tally(long satisfied, long rated, long onTime, long handled, long violations) {
    }

    /** The rule as the center's settings hold it now. */
    public static GradeRule of(Map<Setting, Integer> settings) {
        return new GradeRule(
                new Threshold(settings.get(Setting.GRADE_EXCELLENT_SATISFIED),
                        settings.get(Setting.GRADE_EXCELLENT_ON_TIME), settings.get(Setting.GRADE_EXCELLENT_VIOLATIONS)),
                new Threshold(settings.get(Setting.GRADE_GOOD_SATISFIED), settings.get(Setting.GRADE_GOOD_ON_TIME),
                        settings.get(Setting.GRADE_GOOD_VIOLATIONS)),
                new Threshold(settings.get(Setting.GRADE_DONE_SATISFIED), settings.get(Setting.GRADE_DONE_ON_TIME),
                        settings.get(Setting.GRADE_DONE_VIOLATIONS)));
    }

    /** The best grade the tally meets. */
    public Grade grade(Tally tally) {
        if (excellent.metBy(tally)) {
            return Grade.EXCELLENT;
        }
        if (good.metBy(tally)) {
            return Grade.GOOD;
        }
        return done.metBy(tally) ? Grade.DONE : Grade.NOT_DONE;
    }
}
