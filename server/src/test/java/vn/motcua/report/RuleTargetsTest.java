package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.report.Target.Code;
import vn.motcua.report.Target.Status;

/** The targets of rule 13 on the hand-built October of {@link MonthlyReportData}. */
@ServerTest
class RuleTargetsTest {

    @Autowired
    RuleTargets targets;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void october() {
        EvaluationMonthData.clean(jdbc, data);
        new MonthlyReportData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        EvaluationMonthData.clean(jdbc, data);
    }

    @Test
    void theCentersOctoberAgainstItsGoals() {
        List<Target> october = targets.of(ReportPeriod.month(YearMonth.of(2026, 10)), Optional.empty());

        assertThat(target(october, Code.ON_TIME).value()).contains(50.0);
        assertThat(target(october, Code.ON_TIME).status()).isEqualTo(Status.NOT_MET);
        assertThat(target(october, Code.ONLINE).value().orElseThrow()).isCloseTo(100.0 / 6, within(0.001));
        assertThat(target(october, Code.DIGITISED).part()).contains(1L);
        assertThat(target(october, Code.DIGITISED).whole()).as("finished in October").contains(5L);
        Target spot = target(october, Code.WITHOUT_APPOINTMENT);
        assertThat(spot.part()).as("TP-1; TP-3 finished late").contains(1L);
        assertThat(spot.whole()).as("TP-2, October 2025").contains(1L);
        assertThat(spot.value()).as("no growth").contains(0.0);
        assertThat(spot.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void whatTheProductDoesNotRecordSaysSoAndHasNoValue() {
        List<Target> october = targets.of(ReportPeriod.month(YearMonth.of(2026, 10)), Optional.empty());

        for (Code code : List.of(Code.SELF_SERVICE, Code.REUSE, Code.TIME_CUT)) {
            assertThat(target(october, code).status()).isEqualTo(Status.NOT_RECORDED);
            assertThat(target(october, code).value()).as("never a made-up 0%%").isEmpty();
        }
        assertThat(october).extracting(Target::code).containsExactly(Code.values());
    }

    @Test
    void aUnitsYearEarlierMonthMeetsItsGoalOrHasNothingToCompare() {
        long tp = jdbc.sql("select id from unit where code = 'TP'").query(Long.class).single();
        List<Target> october2025 = targets.of(ReportPeriod.month(YearMonth.of(2025, 10)), Optional.of(tp));

        assertThat(target(october2025, Code.ON_TIME).value()).contains(100.0);
        assertThat(target(october2025, Code.ON_TIME).status()).isEqualTo(Status.MET);
        assertThat(target(october2025, Code.WITHOUT_APPOINTMENT).status()).as("nothing in October 2024")
                .isEqualTo(Status.NOTHING_TO_COUNT);
        assertThat(target(october2025, Code.WITHOUT_APPOINTMENT).value()).isEmpty();
        assertThat(target(targets.of(ReportPeriod.month(YearMonth.of(2026, 10)), Optional.of(tp)), Code.ON_TIME)
                .value()).as("TP-1 on time, TP-3 late").contains(50.0);
    }

    @Test
    void aQuarterIsComparedWithTheSameQuarterAYearEarlier() {
        ReportPeriod q4 = ReportPeriod.quarter(YearMonth.of(2026, 12));

        assertThat(RuleTargets.yearEarlier(q4)).isEqualTo(ReportPeriod.quarter(YearMonth.of(2025, 10)));
        assertThat(RuleTargets.yearEarlier(ReportPeriod.month(YearMonth.of(2028, 2))))
                .isEqualTo(ReportPeriod.month(YearMonth.of(2027, 2)));
        assertThat(target(targets.of(q4, Optional.empty()), Code.WITHOUT_APPOINTMENT).part()).contains(1L);
    }

    private static Target target(List<Target> targets, Code code) {
        return targets.stream().filter(each -> each.code() == code).findFirst().orElseThrow();
    }
}
