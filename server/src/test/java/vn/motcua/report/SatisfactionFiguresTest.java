package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.SatisfactionFigures.LowRating;
import vn.motcua.report.SatisfactionFigures.OfficerSatisfaction;
import vn.motcua.report.SatisfactionFigures.SatisfactionToday;
import vn.motcua.report.SatisfactionFigures.UnitSatisfaction;

/** The board's satisfaction page, with ratings given on the pads of counters the real queue services called. */
@ServerTest
class SatisfactionFiguresTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    GiveRating giveRating;
    @Autowired
    SatisfactionFigures figures;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void beforeTheFirstRatingThereIsNoShareAndNothingToRank() {
        SatisfactionToday today = figures.today();

        assertThat(today.center().percent()).isNull();
        assertThat(today.center().standing()).isEqualTo(SatisfactionTally.Standing.NO_RATINGS);
        assertThat(today.byLevel()).containsOnlyKeys(RatingLevel.values()).allSatisfy((level, count) ->
                assertThat(count).isZero());
        assertThat(today.units()).isEmpty();
        assertThat(today.officers()).isEmpty();
        assertThat(today.lowRatings()).isEmpty();
    }

    @Test
    void todaysRatingsPerCenterUnitAndOfficerAgainstTheTargets() {
        // The last working day's rating does not count today (Sunday issues no ticket).
        clock.set(LocalDateTime.of(2026, 11, 20, 10, 0));
        served(1, RatingLevel.UNSATISFIED);
        clock.set(LocalDateTime.of(2026, 11, 23, 8, 0));

        served(1, RatingLevel.VERY_SATISFIED);          // Nguyễn Thị Hương, Tư pháp – Hộ tịch
        served(1, RatingLevel.SATISFIED);
        served(1, RatingLevel.UNSATISFIED);
        served(2, RatingLevel.VERY_SATISFIED);          // Vũ Ngọc Ánh, Tư pháp – Hộ tịch
        served(3, RatingLevel.NEUTRAL);                 // Trần Văn Đức, Kinh tế

        SatisfactionToday today = figures.today();

        assertThat(today.center()).isEqualTo(new SatisfactionTally(5, 3));
        assertThat(today.center().percent()).isEqualByComparingTo("60.0");
        assertThat(today.center().standing()).isEqualTo(SatisfactionTally.Standing.BELOW_90);
        assertThat(today.byLevel()).containsEntry(RatingLevel.VERY_SATISFIED, 2L)
                .containsEntry(RatingLevel.SATISFIED, 1L).containsEntry(RatingLevel.NEUTRAL, 1L)
                .containsEntry(RatingLevel.UNSATISFIED, 1L);
        assertThat(today.officers()).extracting(OfficerSatisfaction::fullName, OfficerSatisfaction::unitName,
                        o -> o.tally().total(), o -> o.tally().percent())
                .containsExactly(
                        tuple("Vũ Ngọc Ánh", "Phòng Tư pháp – Hộ tịch", 1L, new BigDecimal("100.0")),
                        tuple("Nguyễn Thị Hương", "Phòng Tư pháp – Hộ tịch", 3L, new BigDecimal("66.6")),
                        tuple("Trần Văn Đức", "Phòng Kinh tế", 1L, new BigDecimal("0.0")));
        assertThat(today.units()).extracting(UnitSatisfaction::code, u -> u.tally().total(), u -> u.tally().percent())
                .containsExactly(
                        tuple("TP", 4L, new BigDecimal("75.0")),
                        tuple("KT", 1L, new BigDecimal("0.0")));
    }

    @Test
    void lowRatingsListWhoServedWhereWhenAndTheVisitorsReasonsLatestFirst() {
        clock.set(LocalDateTime.of(2026, 11, 23, 8, 15));
        Rating unsatisfied = served(1, RatingLevel.UNSATISFIED);
        clock.set(LocalDateTime.of(2026, 11, 23, 9, 40));
        served(2, RatingLevel.SATISFIED);
        Rating neutral = served(3, RatingLevel.NEUTRAL);
        reasons(neutral, "WAITED_LONG", "SLOW_SERVICE");

        assertThat(figures.today().lowRatings()).containsExactly(
                new LowRating(at(9, 40), "C001", "Trần Văn Đức", 3, RatingLevel.NEUTRAL,
                        List.of("SLOW_SERVICE", "WAITED_LONG")),
                new LowRating(at(8, 15), "A001", "Nguyễn Thị Hương", 1, RatingLevel.UNSATISFIED, List.of()));
        assertThat(unsatisfied.getLevel().isSatisfied()).isFalse();
    }

    /** A visitor of that counter's first service takes a ticket, is called and rates. */
    private Rating served(int counter, RatingLevel level) {
        String service = switch (counter) {
            case 1 -> "HT-KS";
            case 2 -> "TP-CT";
            default -> "DD-GCN";
        };
        issueTicket.issue(service, PriorityCategory.NONE);
        callNext.callNext(counter);
        serve.startServing(counter);
        return giveRating.rate(counter, level);
    }

    private void reasons(Rating rating, String... codes) {
        for (String code : codes) {
            jdbc.sql("insert into rating_reason (rating_id, reason) values (?, ?)").params(rating.getId(), code).update();
        }
    }

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(CenterTime.ZONE).toInstant();
    }
}
