package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grade rule at its thresholds, with the center's default numbers (98/100/0, 90/95/0, 80/80/2). */
class GradeRuleTest {

    private static final GradeRule DEFAULTS = new GradeRule(new GradeRule.Threshold(98, 100, 0),
            new GradeRule.Threshold(90, 95, 0), new GradeRule.Threshold(80, 80, 2));

    @Test
    void exactlyTheThresholdMeetsItAndATenthBelowDoesNot() {
        assertThat(DEFAULTS.grade(new GradeRule.Tally(900, 1000, 100, 100, 0))).isEqualTo(Grade.GOOD);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(899, 1000, 100, 100, 0))).isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(98, 100, 100, 100, 0))).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(98, 100, 99, 100, 0))).as("on time below 100%")
                .isEqualTo(Grade.GOOD);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(100, 100, 95, 100, 0))).isEqualTo(Grade.GOOD);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(100, 100, 949, 1000, 0))).isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(80, 100, 80, 100, 2))).isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(79, 100, 100, 100, 0))).isEqualTo(Grade.NOT_DONE);
    }

    @Test
    void confirmedViolationsCapTheGrade() {
        assertThat(DEFAULTS.grade(new GradeRule.Tally(100, 100, 100, 100, 1))).isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(100, 100, 100, 100, 2))).isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(100, 100, 100, 100, 3))).isEqualTo(Grade.NOT_DONE);
    }

    @Test
    void aShareWithNothingToCountDoesNotBlock() {
        assertThat(DEFAULTS.grade(new GradeRule.Tally(0, 0, 0, 0, 0))).isEqualTo(Grade.EXCELLENT);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(0, 0, 9, 10, 0))).as("no rating; 90% on time")
                .isEqualTo(Grade.DONE);
        assertThat(DEFAULTS.grade(new GradeRule.Tally(49, 50, 0, 0, 0))).as("no dossier; 98% satisfied")
                .isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void otherNumbersGiveOtherGrades() {
        GradeRule lenient = new GradeRule(new GradeRule.Threshold(90, 90, 1), new GradeRule.Threshold(70, 70, 3),
                new GradeRule.Threshold(50, 50, 5));

        assertThat(lenient.grade(new GradeRule.Tally(900, 1000, 100, 100, 0))).isEqualTo(Grade.EXCELLENT);
        assertThat(lenient.grade(new GradeRule.Tally(50, 100, 50, 100, 5))).isEqualTo(Grade.DONE);
    }

    @Test
    void theWorseOfTwoGradesIsTheLowerOne() {
        assertThat(Grade.EXCELLENT.worse(Grade.DONE)).isEqualTo(Grade.DONE);
        assertThat(Grade.NOT_DONE.worse(Grade.GOOD)).isEqualTo(Grade.NOT_DONE);
        assertThat(Grade.GOOD.worse(Grade.GOOD)).isEqualTo(Grade.GOOD);
    }
}
