package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.rating.RatingLevel;

/**
 * Every officer's month on the hand-built October of {@link EvaluationMonthData}, each figure counted by hand.
 * {@code OfficerMonthsOnPostgresTest} runs the same SQL on PostgreSQL.
 */
@ServerTest
class OfficerMonthsTest {

    @Autowired
    OfficerMonths months;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void october() {
        EvaluationMonthData.clean(jdbc, data);
        new EvaluationMonthData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        EvaluationMonthData.clean(jdbc, data);
    }

    @Test
    void theReceivingOfficersDossiersAndViolationsAreCountedByHand() {
        OfficerMonth.Figures cb03 = of("CB03").figures();

        assertThat(cb03.received()).isEqualTo(3);
        assertThat(cb03.handled()).as("three received, one handed to them, one of theirs handed back").isEqualTo(4);
        assertThat(cb03.onTime()).as("finished by the due date, and open but not yet due").isEqualTo(2);
        assertThat(cb03.late()).isEqualTo(1);
        assertThat(cb03.onTimePercent()).hasValueSatisfying(rate -> assertThat(rate).isCloseTo(66.67,
                org.assertj.core.data.Offset.offset(0.01)));
        assertThat(cb03.lateOwnFault()).isEqualTo(1);
        assertThat(cb03.supplementViolations()).isEqualTo(1);
        assertThat(cb03.returnedByFault()).as("November's is not October's").isZero();
        assertThat(cb03.violations()).isEqualTo(2);
        assertThat(cb03.ticketsServed()).isZero();
        assertThat(cb03.averageWait()).isEmpty();
        assertThat(cb03.satisfiedPercent()).as("nobody rated").isEmpty();
    }

    @Test
    void theCounterOfficersTicketsRatingsAndFeedbackAreCountedByHand() {
        OfficerMonth.Figures cb04 = of("CB04").figures();

        assertThat(cb04.received()).isEqualTo(1);
        assertThat(cb04.handled()).isEqualTo(1);
        assertThat(cb04.onTime()).isEqualTo(1);
        assertThat(cb04.ticketsServed()).isEqualTo(2);
        assertThat(cb04.averageWait()).contains(Duration.ofMinutes(20));
        assertThat(cb04.averageService()).as("from the start of service, or the call").contains(Duration.ofMinutes(10));
        assertThat(cb04.absences()).isEqualTo(1);
        assertThat(cb04.ratings()).containsEntry(RatingLevel.VERY_SATISFIED, 1L).containsEntry(RatingLevel.NEUTRAL, 1L)
                .containsEntry(RatingLevel.UNSATISFIED, 0L);
        assertThat(cb04.rated()).isEqualTo(2);
        assertThat(cb04.satisfiedPercent()).contains(50.0);
        assertThat(cb04.complaints()).as("September's is not October's").isEqualTo(1);
        assertThat(cb04.denunciations()).isEqualTo(1);
    }

    @Test
    void theCenterDecidesWhetherNeutralIsSatisfied() {
        data.setting("neutral_satisfied", true);

        assertThat(of("CB04").figures().satisfiedPercent()).contains(100.0);
    }

    @Test
    void everyOfficerHasALineAndThoseWhoDidNothingHaveZeros() {
        OfficerMonth cb07 = of("CB07");

        assertThat(months.of(ReportPeriod.month(EvaluationMonthData.OCTOBER))).hasSizeGreaterThanOrEqualTo(7);
        assertThat(cb07.graded()).as("contract staff").isFalse();
        assertThat(cb07.figures().received()).isZero();
        assertThat(cb07.figures().onTimePercent()).isEqualTo(Optional.empty());
    }

    private OfficerMonth of(String code) {
        return months.of(ReportPeriod.month(EvaluationMonthData.OCTOBER)).stream()
                .filter(each -> each.code().equals(code)).findFirst().orElseThrow();
    }
}
