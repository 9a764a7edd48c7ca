package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.rating.RatingLevel;

/** The daily report on the hand-built Tuesday of {@link DailyTestData}, each figure counted by hand. */
@ServerTest
class DailyFiguresTest {

    @Autowired
    DailyFigures figures;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void tuesday() {
        new DailyTestData(jdbc, data).write();
    }

    @AfterEach
    void clean() {
        data.startOfDay();
    }

    @Test
    void theCentersDayIsCountedByHand() {
        DayTally center = figures.of(DailyTestData.TUESDAY).center();

        assertThat(center.issued()).as("the carried-over ticket took its number on Monday").isEqualTo(4);
        assertThat(center.served()).isEqualTo(3);
        assertThat(center.absent()).isEqualTo(1);
        assertThat(center.carriedOver()).isEqualTo(1);
        assertThat(center.averageWait()).as("(10 + 30 + 15 + 20) / 4 minutes, the carried ticket from 07:30")
                .contains(Duration.ofMinutes(18).plusSeconds(45));
        assertThat(center.longestWait()).contains(Duration.ofMinutes(30));
        assertThat(center.averageService()).as("(10 + 20 + 9) / 3").contains(Duration.ofMinutes(13));
        assertThat(center.ratings()).containsEntry(RatingLevel.VERY_SATISFIED, 1L)
                .containsEntry(RatingLevel.NEUTRAL, 1L).containsEntry(RatingLevel.UNSATISFIED, 1L)
                .containsEntry(RatingLevel.SATISFIED, 0L);
        assertThat(center.satisfaction()).isEqualTo(new SatisfactionTally(3, 1));
    }

    @Test
    void eachCounterAndOfficerHasTheirOwnShare() {
        DailyFigures.Day day = figures.of(DailyTestData.TUESDAY);
        DayTally counter1 = day.counters().stream().filter(each -> each.number() == 1).findFirst().orElseThrow()
                .tally();
        DayTally counter4 = day.counters().stream().filter(each -> each.number() == 4).findFirst().orElseThrow()
                .tally();
        DayTally cb04 = day.officers().stream().filter(each -> each.code().equals("CB04")).findFirst().orElseThrow()
                .tally();

        assertThat(counter1.served()).isEqualTo(2);
        assertThat(counter1.averageWait()).contains(Duration.ofMinutes(12).plusSeconds(30));
        assertThat(counter1.longestWait()).contains(Duration.ofMinutes(15));
        assertThat(counter1.averageService()).contains(Duration.ofMinutes(9).plusSeconds(30));
        assertThat(counter1.satisfaction()).isEqualTo(new SatisfactionTally(2, 1));
        assertThat(counter4.absent()).isEqualTo(1);
        assertThat(counter4.averageWait()).contains(Duration.ofMinutes(25));
        assertThat(cb04.served()).isEqualTo(1);
        assertThat(cb04.averageService()).as("from the call: no start of service").contains(Duration.ofMinutes(20));
        assertThat(cb04.satisfaction().percent()).isEqualByComparingTo("0.0");
        assertThat(day.officers()).extracting(DailyFigures.OfficerDay::code).containsExactlyInAnyOrder("CB01", "CB04");
        assertThat(day.counters().stream().filter(each -> each.number() == 2).findFirst().orElseThrow().tally()
                .averageWait()).as("nobody called at counter 2").isEmpty();
    }

    @Test
    void theCenterMayCountNeutralAsSatisfied() {
        data.setting("neutral_satisfied", true);

        assertThat(figures.of(DailyTestData.TUESDAY).center().satisfaction()).isEqualTo(new SatisfactionTally(3, 2));
    }

    @Test
    void aMonthHasOneLinePerDayUpToToday() {
        var days = figures.month(YearMonth.of(2026, 11), java.time.LocalDate.of(2026, 11, 25));

        assertThat(days).hasSize(25);
        assertThat(days.get(23).center().served()).isEqualTo(3);
        assertThat(days.get(24).center().issued()).isEqualTo(1);
        assertThat(days.get(24).center().averageWait()).contains(Duration.ofMinutes(5));
        assertThat(days.get(0).center().served()).isZero();
    }
}
