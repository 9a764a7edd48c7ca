package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.PriorityCategory;
import vn.motcua.queue.QueueProblem;
import vn.motcua.queue.Ticket;

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
    void aTicketIsRatedOnceOnly() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        giveRating.rate(3, RatingLevel.VERY_SATISFIED);

        assertThat(giveRating.ticketToRate(3)).isEmpty();
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.UNSATISFIED)).isInstanceOf(QueueProblem.class);
        assertThat(ratings.count()).isEqualTo(1);
    }

    @Test
    void aPadWithNothingServedStoresNothing() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        assertThatThrownBy(() -> giveRating.rate(3, RatingLevel.SATISFIED))
                .isInstanceOf(QueueProblem.class)
                .extracting(problem -> ((QueueProblem) problem).messageKey()).isEqualTo("problem.rating.nothing");
        assertThat(ratings.count()).isZero();
    }

    @Test
    void aPadRatesOnlyTicketsServedAtItsOwnCounter() {
        issueTicket.issue("DD-GCN", PriorityCategory.NONE);
        callNext.callNext(3);
        assertThat(giveRating.ticketToRate(4)).isEmpty();
        assertThat(giveRating.ticketToRate(3)).isPresent();
    }

    @Test
    void aChangeOfOfficerMidDayKeepsEachRatingWithWhoServed() {
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        issueTicket.issue("HT-KS", PriorityCategory.NONE);
        callNext.callNext(1);
        Rating morning = giveRating.rate(1, RatingLevel.NEUTRAL);

        openCounter.open(1, data.officerId("CB07"), vn.motcua.audit.Actor.SYSTEM);
        callNext.callNext(1);
        Rating afternoon = giveRating.rate(1, RatingLevel.VERY_SATISFIED);

        assertThat(ratings.findById(morning.getId()).orElseThrow().getOfficer().getId()).isEqualTo(data.officerId("CB01"));
        assertThat(ratings.findById(afternoon.getId()).orElseThrow().getOfficer().getId()).isEqualTo(data.officerId("CB07"));
    }
}
