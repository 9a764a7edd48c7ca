package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.CarryOver;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.Scorecards.Day;
import vn.motcua.report.Scorecards.Figures;
import vn.motcua.report.Scorecards.Scorecard;
import vn.motcua.i18n.Refusal;

/** Officers' scorecards, with a day of tickets worked through the real queue services minute by minute. */
@ServerTest
class ScorecardsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    RouteTicket route;
    @Autowired
    CarryOver carryOver;
    @Autowired
    GiveRating giveRating;
    @Autowired
    Scorecards scorecards;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    /**
     * Counter 1 (Nguyễn Thị Hương, CB01) serves A001, calls A002 who does not come, and transfers A003 to land
     * (Đất đai) after four minutes; counter 3 (Trần Văn Đức, CB02) takes A003 over, holds it while the visitor
     * fetches a paper, finishes it, then serves a walk-in.
     */
    private void mondayMorning() {
        at(MONDAY, 7, 30);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(MONDAY, 7, 32);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(MONDAY, 7, 34);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);

        at(MONDAY, 7, 40);
        callNext.callNext(1);                       // A001 waited 10 min
        at(MONDAY, 7, 42);
        serve.startServing(1);
        at(MONDAY, 7, 50);
        serve.finish(1);                            // served 8 min
        giveRating.rate(1, RatingLevel.VERY_SATISFIED);

        callNext.callNext(1);                       // A002 waited 18 min
        serve.recall(1);
        serve.recall(1);
        at(MONDAY, 7, 53);
        serve.noShow(1);

        at(MONDAY, 7, 55);
        callNext.callNext(1);                       // A003 waited 21 min
        at(MONDAY, 7, 56);
        serve.startServing(1);
        at(MONDAY, 8, 0);
        route.transfer(1, "DD-GCN", null, "Hồ sơ đất đai");   // served 4 min, then transferred

        at(MONDAY, 8, 5);
        callNext.callNext(3);                       // A003 waited 5 min since the transfer
        at(MONDAY, 8, 6);
        serve.startServing(3);
        at(MONDAY, 8, 9);
        serve.hold(3, "Đi photo sổ đỏ");
        at(MONDAY, 8, 20);
        serve.resume(3, java.util.Optional.empty());
        at(MONDAY, 8, 26);
        serve.finish(3);                            // served 3 + 6 min, the hold left out
        giveRating.rate(3, RatingLevel.UNSATISFIED);

        at(MONDAY, 8, 30);
        issueTicket.serveWalkIn(3, "DD-GCN");       // no wait: the visitor did not queue
        at(MONDAY, 8, 40);
        serve.finish(3);                            // served 10 min
    }

    @Test
    void anOfficersDayCountsServedAbsentAndTransferredVisitorsTheirWaitsServiceTimesAndRatings() {
        mondayMorning();

        Scorecard card = scorecards.of("CB01", ReportPeriod.day(MONDAY));
        Figures huong = card.total();

        assertThat(card.officer().getFullName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(card.days()).as("a day has no days to break down").isEmpty();
        assertThat(huong.ticketsServed()).as("A001 finished, A003 served and transferred").isEqualTo(2);
        assertThat(huong.averageWait()).as("(10 + 18 + 21) / 3 minutes").isEqualTo(Duration.ofSeconds(980));
        assertThat(huong.averageServiceTime()).as("(8 + 4) / 2 minutes").isEqualTo(Duration.ofMinutes(6));
        assertThat(huong.noShows()).isEqualTo(1);
        assertThat(huong.transfers()).isEqualTo(1);
        assertThat(huong.ratings()).containsEntry(RatingLevel.VERY_SATISFIED, 1L)
                .containsEntry(RatingLevel.UNSATISFIED, 0L).containsOnlyKeys(RatingLevel.values());
        assertThat(huong.satisfaction()).isEqualTo(new SatisfactionTally(1, 1));
    }

    @Test
    void theOfficerWhoTookOverATransferredTicketIsCreditedWithTheirOwnPart() {
        mondayMorning();

        Figures duc = scorecards.of("cb02", ReportPeriod.day(MONDAY)).total();

        assertThat(duc.ticketsServed()).as("A003 after the transfer, and the walk-in").isEqualTo(2);
        assertThat(duc.averageWait()).as("only A003 queued for him: 5 minutes since the transfer")
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(duc.averageServiceTime()).as("(9 + 10) / 2 minutes").isEqualTo(Duration.ofSeconds(570));
        assertThat(duc.noShows()).isZero();
        assertThat(duc.transfers()).isZero();
        assertThat(duc.ratings()).containsEntry(RatingLevel.UNSATISFIED, 1L);
        assertThat(duc.satisfaction().percent()).isEqualByComparingTo("0.0");
    }

    @Test
    void anOfficerWhoServedNobodyHasNoAveragesAndNoShare() {
        mondayMorning();

        Figures lan = scorecards.of("CB05", ReportPeriod.day(MONDAY)).total();

        assertThat(lan.ticketsServed()).isZero();
        assertThat(lan.averageWait()).isNull();
        assertThat(lan.averageServiceTime()).isNull();
        assertThat(lan.satisfaction().percent()).isNull();
        assertThat(scorecards.of("CB01", ReportPeriod.day(MONDAY.plusDays(1))).total().ticketsServed()).isZero();
    }

    @Test
    void monthsAndDaysFollowTheCentersLocalCalendarNotUtc() {
        LocalDate lastOfNovember = LocalDate.of(2026, 11, 30);
        LocalDate firstOfDecember = LocalDate.of(2026, 12, 1);

        at(lastOfNovember, 16, 0);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(lastOfNovember, 16, 10);
        callNext.callNext(1);                       // waited 10 min
        at(lastOfNovember, 16, 20);
        serve.finish(1);                            // served 10 min
        giveRating.rate(1, RatingLevel.VERY_SATISFIED);
        at(lastOfNovember, 16, 55);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(lastOfNovember, 17, 1);
        assertThat(carryOver.run(clock.instant())).hasSize(1);

        // 06:40 on 1 December in Hà Nội is still 30 November in UTC.
        at(firstOfDecember, 6, 40);
        data.officersSitDown();
        issueTicket.issue("CA-CT", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        at(firstOfDecember, 6, 45);
        callNext.callNext(6);
        at(firstOfDecember, 6, 55);
        serve.finish(6);

        at(firstOfDecember, 7, 40);
        callNext.callNext(1);                       // the carried-over ticket first: waited from 07:30, 10 min
        at(firstOfDecember, 7, 50);
        serve.finish(1);
        giveRating.rate(1, RatingLevel.SATISFIED);
        callNext.callNext(1);                       // the one taken at 06:40: waited 70 min
        at(firstOfDecember, 8, 0);
        serve.finish(1);

        Figures november = scorecards.of("CB01", ReportPeriod.month(YearMonth.of(2026, 11))).total();
        assertThat(november.ticketsServed()).isEqualTo(1);
        assertThat(november.averageWait()).isEqualTo(Duration.ofMinutes(10));
        assertThat(november.averageServiceTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(november.ratings()).containsEntry(RatingLevel.VERY_SATISFIED, 1L)
                .containsEntry(RatingLevel.SATISFIED, 0L);

        Scorecard decemberCard = scorecards.of("CB01", ReportPeriod.month(YearMonth.of(2026, 12)));
        Figures december = decemberCard.total();
        assertThat(december.ticketsServed()).isEqualTo(2);
        assertThat(december.averageWait()).as("(10 + 70) / 2 minutes").isEqualTo(Duration.ofMinutes(40));
        assertThat(december.averageServiceTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(december.ratings()).containsEntry(RatingLevel.SATISFIED, 1L)
                .containsEntry(RatingLevel.VERY_SATISFIED, 0L);
        assertThat(decemberCard.days()).extracting(Day::day).containsExactly(firstOfDecember);
        assertThat(decemberCard.days().getFirst().figures()).isEqualTo(december);

        assertThat(scorecards.of("CB06", ReportPeriod.month(YearMonth.of(2026, 11))).total().ticketsServed()).isZero();
        assertThat(scorecards.of("CB06", ReportPeriod.day(lastOfNovember)).total().ticketsServed()).isZero();
        assertThat(scorecards.of("CB06", ReportPeriod.day(firstOfDecember)).total().ticketsServed()).isEqualTo(1);
        assertThat(scorecards.of("CB06", ReportPeriod.month(YearMonth.of(2026, 12))).total().averageWait())
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anUnknownOfficerIsRefused() {
        assertThatThrownBy(() -> scorecards.of("CB99", ReportPeriod.day(MONDAY)))
                .isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.officer.unknown");
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastLocalDay() {
        ReportPeriod february = ReportPeriod.month(YearMonth.of(2027, 2));

        assertThat(february.first()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.last()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(february.from()).isEqualTo(java.time.Instant.parse("2027-01-31T17:00:00Z"));
        assertThat(february.to()).isEqualTo(java.time.Instant.parse("2027-02-28T17:00:00Z"));
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute));
    }
}
