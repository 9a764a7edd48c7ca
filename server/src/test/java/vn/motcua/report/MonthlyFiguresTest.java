package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.MonthlyReport.Figures;

/**
 * The monthly and quarterly report on the hand-built October of {@link MonthlyReportData}, each figure counted by
 * hand. {@code MonthlyFiguresOnPostgresTest} runs the same SQL on PostgreSQL.
 */
@ServerTest
class MonthlyFiguresTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MonthlyFigures figures;
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
    void aUnitsDossiersAreCountedByHand() {
        Figures kt = line(figures.of(ReportPeriod.month(OCTOBER)), "KT").figures();

        assertThat(kt.received()).isEqualTo(4);
        assertThat(kt.handled()).isEqualTo(4);
        assertThat(kt.onTime()).as("EV-1 and EV-4").isEqualTo(2);
        assertThat(kt.late()).as("EV-2 after its due date, EV-3 asked twice").isEqualTo(2);
        assertThat(kt.onTimePercent()).contains(50.0);
        assertThat(kt.overdueAtReception()).isEqualTo(1);
        assertThat(kt.overdueAtHandling()).as("EV-2 late at appraisal and past its due date: one dossier").isEqualTo(1);
        assertThat(kt.returnedByFault()).as("20/10 and 25/10; 2/11 is November's").isEqualTo(2);
        assertThat(kt.returnedSeveralTimes()).isEqualTo(1);
        assertThat(kt.supplementRequests()).isEqualTo(2);
        assertThat(kt.secondRequests()).isEqualTo(1);
        assertThat(kt.apologies()).as("the approved one; the draft is not sent").isEqualTo(1);
    }

    @Test
    void aUnitsTicketsRatingsAndComplaintsAreCountedByHand() {
        Figures kt = line(figures.of(ReportPeriod.month(OCTOBER)), "KT").figures();

        assertThat(kt.ticketsServed()).isEqualTo(2);
        assertThat(kt.averageWait()).as("(10 + 20 + 30) / 3 called").contains(Duration.ofMinutes(20));
        assertThat(kt.averageService()).contains(Duration.ofMinutes(10));
        assertThat(kt.ratings()).containsEntry(RatingLevel.VERY_SATISFIED, 1L).containsEntry(RatingLevel.NEUTRAL, 1L)
                .containsEntry(RatingLevel.UNSATISFIED, 0L);
        assertThat(kt.satisfiedPercent()).contains(50.0);
        assertThat(kt.complaints()).as("a feedback and a denunciation of October; September's is not").isEqualTo(2);
    }

    @Test
    void theCenterIsTheSumAndTheClassificationNamesTheUnits() {
        MonthlyReport october = figures.of(ReportPeriod.month(OCTOBER));
        Figures center = october.center().figures();
        MonthlyReport.Line tp = line(october, "TP");

        assertThat(center.received()).isEqualTo(6);
        assertThat(center.handled()).isEqualTo(6);
        assertThat(center.onTime()).isEqualTo(3);
        assertThat(center.overdueAtHandling()).isEqualTo(2);
        assertThat(tp.figures().onTime()).isEqualTo(1);
        assertThat(tp.overdueAtHandling()).isTrue();
        assertThat(tp.overdueAtReception()).isFalse();
        assertThat(line(october, "KT").overdueAtReception()).isTrue();
        assertThat(line(october, "KT").returnedSeveralTimes()).isTrue();
        assertThat(line(october, "CA").figures()).isEqualTo(Figures.none());
        assertThat(october.units()).as("every unit, and no line of no unit").hasSize(4);
    }

    @Test
    void theQuarterPutsItsThreeMonthsAndItselfSideBySide() {
        QuarterlyReport q4 = figures.quarter(YearMonth.of(2026, 11));
        Figures november = line(q4.months().get(1), "KT").figures();
        Figures whole = line(q4.whole(), "KT").figures();

        assertThat(q4.months()).extracting(month -> month.period().month())
                .containsExactly(OCTOBER, OCTOBER.plusMonths(1), OCTOBER.plusMonths(2));
        assertThat(november.received()).isZero();
        assertThat(november.handled()).as("EV-3 still open").isEqualTo(1);
        assertThat(november.returnedByFault()).isEqualTo(1);
        assertThat(november.returnedSeveralTimes()).as("the third return, in November").isEqualTo(1);
        assertThat(whole.received()).isEqualTo(4);
        assertThat(whole.handled()).as("EV-3 counted once over the quarter").isEqualTo(4);
        assertThat(whole.returnedByFault()).isEqualTo(3);
        assertThat(whole.returnedSeveralTimes()).isEqualTo(1);
        assertThat(whole.ticketsServed()).isEqualTo(2);
    }

    @Test
    void aHeadReadsTheirOwnUnitAlone() {
        long kt = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        MonthlyReport own = figures.of(ReportPeriod.month(OCTOBER)).only(Optional.of(kt));

        assertThat(own.units()).hasSize(1);
        assertThat(own.center().figures().received()).isEqualTo(4);
    }

    private MonthlyReport.Line line(MonthlyReport report, String unitCode) {
        long id = jdbc.sql("select id from unit where code = ?").param(unitCode).query(Long.class).single();
        return report.units().stream().filter(each -> each.unitId().equals(Optional.of(id))).findFirst().orElseThrow();
    }
}
