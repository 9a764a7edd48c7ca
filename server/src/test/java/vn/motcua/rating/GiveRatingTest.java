package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.Ticket;
import vn.motcua.i18n.Refusal;
import vn.motcua.rating.internal.RatingRepository;

@ServerTest
class GiveRatingTest {

    @Autowired
    IssueTicket issueTicket;
    @Autowired
    CallNextTicket callNext;
    @Autowired
    ServeTicket serve;
    @Autowired
    OpenCounter openCounter;
    @Autowired
    GiveRating giveRating;
    @Autowired
    RatingRepository ratings;
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
    void ratingIsLinkedToTheTicketItsOfficerAndCounter() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        Ticket served = callNext.callNext(3).orElseThrow();
        serve.finish(3);

        Rating rating = giveRating.rate(3, RatingLevel.SATISFIED);

        Rating stored = ratings.findById(rating.getId()).orElseThrow();
        assertThat(stored.getTicket().getId()).isEqualTo(served.getId());
        assertThat(stored.getOfficer().getId()).isEqualTo(data.officerId("CB02"));
        assertThat(stored.getCounter().getNumber()).isEqualTo(3);
        assertThat(stored.getLevel()).isEqualTo(RatingLevel.SATISFIED);
    }

    @Test
    void callingTheNextVisitorLeavesTheLastOneTheirWindowToRate() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        callNext.callNext(3);

        // C002 is only called; C001, just served, is probably still at the counter with the pen in hand.
        assertThat(giveRating.ticketToRate(3)).map(Ticket::getNumber).contains("C001");
        clock.advance(Duration.ofSeconds(60));
        assertThat(giveRating.ticketToRate(3)).as("C002 is not served yet").isEmpty();
        serve.startServing(3);
        assertThat(giveRating.ticketToRate(3)).map(Ticket::getNumber).contains("C002");
    }

    @Test
    void aTicketIsRatedOnceOnly() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        giveRating.rate(3, RatingLevel.VERY_SATISFIED);

        assertThat(giveRating.ticketToRate(3)).isEmpty();
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.UNSATISFIED)).isInstanceOf(Refusal.class);
        assertThat(ratings.count()).isEqualTo(1);
    }

    @Test
    void aTicketOnlyCalledIsNotOfferedNorRatedSoAnAbsentVisitorKeepsNoRating() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);

        assertThat(giveRating.ticketToRate(3)).isEmpty();
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.VERY_SATISFIED)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.nothing");
        serve.recall(3);
        serve.recall(3);
        serve.noShow(3);
        assertThat(giveRating.ticketToRate(3)).isEmpty();
        assertThat(ratings.count()).isZero();
    }

    @Test
    void aPadWithNothingServedStoresNothing() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.SATISFIED))
                .isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.nothing");
        assertThat(ratings.count()).isZero();
    }

    @Test
    void aPadRatesOnlyTicketsServedAtItsOwnCounter() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        assertThat(giveRating.ticketToRate(4)).isEmpty();
        assertThat(giveRating.ticketToRate(3)).isPresent();
    }

    @Test
    void aChangeOfOfficerMidDayKeepsEachRatingWithWhoServed() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        serve.startServing(1);
        Rating morning = giveRating.rate(1, RatingLevel.NEUTRAL);

        openCounter.open(1, data.officerId("CB07"), vn.motcua.audit.Actor.SYSTEM);
        callNext.callNext(1);
        serve.startServing(1);
        Rating afternoon = giveRating.rate(1, RatingLevel.VERY_SATISFIED);

        assertThat(ratings.findById(morning.getId()).orElseThrow().getOfficer().getId()).isEqualTo(data.officerId("CB01"));
        assertThat(ratings.findById(afternoon.getId()).orElseThrow().getOfficer().getId()).isEqualTo(data.officerId("CB07"));
    }
    @Test
    void twoPressesAtOnceGiveOneRating() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);

        List<String> results = together(List.of(() -> giveRating.rate(3, RatingLevel.SATISFIED),
                () -> giveRating.rate(3, RatingLevel.VERY_SATISFIED)));

        assertThat(results).containsOnlyOnce("stored");
        assertThat(ratings.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}-level scale: key {1} is {2}")
    @CsvSource({"3, 1, SATISFIED", "3, 2, NEUTRAL", "3, 3, UNSATISFIED", "4, 1, VERY_SATISFIED", "4, 4, UNSATISFIED",
            "5, 1, VERY_SATISFIED", "5, 3, NEUTRAL", "5, 5, VERY_UNSATISFIED"})
    void padKeysReadTheCentersScaleBestFirst(int scale, int key, RatingLevel level) {
        data.setting("rating_scale", scale);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);

        Rating rating = giveRating.rateWithKey(3, key);

        assertThat(rating.getLevel()).isEqualTo(level);
        assertThat(jdbc.sql("select level from rating").query(String.class).single()).isEqualTo(level.name());
    }

    @Test
    void aKeyOrALevelBeyondTheScaleStoresNothing() {
        data.setting("rating_scale", 3);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);

        assertThatThrownBy(() -> giveRating.rateWithKey(3, 4)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.off-scale");
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.VERY_SATISFIED)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.off-scale");
        assertThat(ratings.count()).isZero();
        assertThat(giveRating.ticketToRate(3)).isPresent();
    }

    @Test
    void aFinishedTicketCanBeRatedOnlyWithinTheRatingWindow() {
        data.setting("rating_window_seconds", 60);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        // While the visitor is being served the window has not started, however long it takes.
        clock.advance(Duration.ofHours(2));
        assertThat(giveRating.ticketToRate(3)).isPresent();
        assertThat(giveRating.timeLeftToRate(giveRating.ticketToRate(3).orElseThrow())).isEmpty();

        serve.finish(3);
        clock.advance(Duration.ofSeconds(59));
        Ticket finished = giveRating.ticketToRate(3).orElseThrow();
        assertThat(giveRating.timeLeftToRate(finished)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(giveRating.ticketToRate(3)).isEmpty();
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.SATISFIED)).isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.nothing");
        assertThat(ratings.count()).isZero();

        // The next visitor called there is offered as soon as their service starts.
        callNext.callNext(3);
        serve.startServing(3);
        assertThat(giveRating.ticketToRate(3)).map(Ticket::getNumber).contains("C002");
    }

    @Test
    void theReasonsForALowScoreAreStoredWithTheRating() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        Rating rating = giveRating.rate(3, RatingLevel.UNSATISFIED);

        giveRating.giveReasons(rating.getId(), Set.of(RatingReason.WAITED_LONG, RatingReason.DOCUMENTS_REPEATED));

        assertThat(reasonsStored(rating)).containsExactlyInAnyOrder("WAITED_LONG", "DOCUMENTS_REPEATED");
        assertThat(ratings.findById(rating.getId()).orElseThrow().getReasons())
                .containsExactlyInAnyOrder(RatingReason.WAITED_LONG, RatingReason.DOCUMENTS_REPEATED);
    }

    @Test
    void theReasonsAreGivenOnceASecondSubmissionIsRefused() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        Rating rating = giveRating.rate(3, RatingLevel.NEUTRAL);
        giveRating.giveReasons(rating.getId(), Set.of(RatingReason.ATTITUDE));

        assertThatThrownBy(() -> giveRating.giveReasons(rating.getId(), Set.of(RatingReason.SLOW_SERVICE)))
                .isInstanceOf(Refusal.class)
                .extracting(problem -> ((Refusal) problem).messageKey()).isEqualTo("problem.rating.reasons-already");
        assertThat(reasonsStored(rating)).containsExactly("ATTITUDE");
    }

    @Test
    void twoSubmissionsAtOnceStoreOneSetOfReasons() throws Exception {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        Rating rating = giveRating.rate(3, RatingLevel.UNSATISFIED);
        List<String> results = together(List.of(
                () -> giveRating.giveReasons(rating.getId(), Set.of(RatingReason.WAITED_LONG, RatingReason.ATTITUDE)),
                () -> giveRating.giveReasons(rating.getId(),
                        Set.of(RatingReason.UNCLEAR_GUIDANCE, RatingReason.SLOW_SERVICE))));

        assertThat(results).containsExactlyInAnyOrder("stored", "problem.rating.reasons-already");
        List<String> stored = reasonsStored(rating);
        assertThat(List.of(List.of("ATTITUDE", "WAITED_LONG"), List.of("SLOW_SERVICE", "UNCLEAR_GUIDANCE")))
                .as("one whole submission, not a mix").contains(stored.stream().sorted().toList());
    }

    @Test
    void reasonsAreAskedOnlyAfterALowScoreAndOnlyWhileTheWindowIsOpen() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        serve.startServing(3);
        Rating satisfied = giveRating.rate(3, RatingLevel.SATISFIED);
        assertThatThrownBy(() -> giveRating.giveReasons(satisfied.getId(), Set.of(RatingReason.WAITED_LONG)))
                .isInstanceOf(Refusal.class).extracting(problem -> ((Refusal) problem).messageKey())
                .isEqualTo("problem.rating.reasons-not-asked");

        callNext.callNext(3);
        serve.startServing(3);
        Rating low = giveRating.rate(3, RatingLevel.UNSATISFIED);
        assertThatThrownBy(() -> giveRating.giveReasons(low.getId(), Set.of()))
                .isInstanceOf(Refusal.class).extracting(problem -> ((Refusal) problem).messageKey())
                .isEqualTo("problem.rating.reasons-empty");
        clock.advance(Duration.ofSeconds(60));
        assertThatThrownBy(() -> giveRating.giveReasons(low.getId(), Set.of(RatingReason.WAITED_LONG)))
                .isInstanceOf(Refusal.class).extracting(problem -> ((Refusal) problem).messageKey())
                .isEqualTo("problem.rating.reasons-closed");

        assertThat(data.count("rating_reason")).isZero();
        assertThat(ratings.count()).as("the scores themselves stay").isEqualTo(2);
    }

    /** Runs the presses on two threads released at the same moment; says "stored" or the refusal of each. */
    private static List<String> together(List<Runnable> presses) throws Exception {
        CyclicBarrier start = new CyclicBarrier(presses.size());
        ExecutorService pads = Executors.newFixedThreadPool(presses.size());
        try {
            List<Future<String>> outcomes = pads.invokeAll(presses.stream().<Callable<String>>map(press -> () -> {
                start.await();
                try {
                    press.run();
                    return "stored";
                } catch (Refusal refused) {
                    return refused.messageKey();
                }
            }).toList());
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            return results;
        } finally {
            pads.shutdownNow();
        }
    }

    private List<String> reasonsStored(Rating rating) {
        return jdbc.sql("select reason from rating_reason where rating_id = ?").param(rating.getId())
                .query(String.class).list();
    }
}
