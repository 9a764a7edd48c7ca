package vn.motcua.rating;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.Counters;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.queue.TicketStatus;
import vn.motcua.i18n.Refusal;
import vn.motcua.rating.internal.RatingRepository;

/**
 * Stores a pad press as the rating of the ticket last served at that counter, for the officer who served it, and
 * afterwards, once, the reasons for a low score. A finished ticket can be rated for the center's rating window.
 */
@Service
public class GiveRating {

    private final Centers centers;
    private final Counters counters;
    private final QueueSnapshot snapshot;
    private final RatingRepository ratings;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    /**
     * A visitor rates a service they received: being served or finished. Not a ticket only called (the visitor may
     * never come and be marked absent), nor one they were absent for or that was put aside.
     */
    private static final Set<TicketStatus> RATEABLE = EnumSet.of(TicketStatus.SERVING, TicketStatus.DONE);

    GiveRating(Centers centers, Counters counters, QueueSnapshot snapshot,
            RatingRepository ratings, CenterTime time, ApplicationEventPublisher events) {
        this.centers = centers;
        this.counters = counters;
        this.snapshot = snapshot;
        this.ratings = ratings;
        this.time = time;
        this.events = events;
    }

    /** An event of the ratings: the boards follow them, a counter's pad and console those of their counter. */
    public sealed interface RatingEvent permits RatingGiven, RatingReasonsGiven {

        /** The counter whose visitor rated. */
        int counterNumber();

        /** Whether the screens of counter n (its pad, its console) must look again. */
        default boolean concerns(int counter) {
            return counterNumber() == counter;
        }
    }

    /** A rating was stored. */
    public record RatingGiven(long ratingId, long ticketId, long officerId, int counterNumber, RatingLevel level)
            implements RatingEvent {
    }

    /** The reasons for a low score were stored. */
    public record RatingReasonsGiven(long ratingId, Set<RatingReason> reasons, int counterNumber)
            implements RatingEvent {
    }

    /** The faces the center's pads offer. */
    public RatingScale scale() {
        return RatingScale.of(centers.profile().getRatingScale());
    }

    /**
     * The ticket a counter's pad would rate now: the last one served there today, if not yet rated, and if finished,
     * finished less than the rating window ago. A visitor only called next does not take the pad from the one just
     * served, who is likely still at the counter with the pen in hand.
     */
    @Transactional(readOnly = true)
    public Optional<Ticket> ticketToRate(int counterNumber) {
        Duration window = window();
        Instant now = time.now();
        return counters.find(counterNumber)
                .flatMap(counter -> snapshot.lastCalledAt(counter, RATEABLE))
                .filter(ticket -> rateable(ticket, window, now));
    }

    private boolean rateable(Ticket ticket, Duration window, Instant now) {
        return closesAt(ticket, window).map(now::isBefore).orElse(true) && !ratings.existsByTicketId(ticket.getId());
    }

    /** How long the ticket can still be rated; empty while it is being served (the window opens at finish). */
    public Optional<Duration> timeLeftToRate(Ticket ticket) {
        return closesAt(ticket, window()).map(closing -> Duration.between(time.now(), closing));
    }

    /** Rates with a level of the center's scale. */
    @Transactional
    public Rating rate(int counterNumber, RatingLevel level) {
        if (!scale().offers(level)) {
            throw new Refusal("problem.rating.off-scale", level + " is not on the center's rating scale");
        }
        Ticket ticket = ticketToRate(counterNumber).orElseThrow(() -> new Refusal("problem.rating.nothing",
                "Counter " + counterNumber + " has no served ticket waiting for a rating"));
        try {
            Rating rating = ratings.saveAndFlush(new Rating(ticket, level, time.now()));
            events.publishEvent(new RatingGiven(rating.getId(), ticket.getId(), ticket.getOfficer().getId(),
                    counterNumber, level));
            return rating;
        } catch (DataIntegrityViolationException ratedByAnotherPress) {
            throw new Refusal("problem.rating.already", "Ticket " + ticket.getNumber() + " is already rated");
        }
    }

    /** Rates with key {@code key} of a pad: 1 is the best level of the center's scale. */
    @Transactional
    public Rating rateWithKey(int counterNumber, int key) {
        return rate(counterNumber, scale().levelOfKey(key));
    }

    /**
     * Stores why the visitor was not satisfied, all reasons in this one transaction: only after a low score, at
     * least one reason, once per rating, and within the rating window from the score.
     */
    @Transactional
    public Rating giveReasons(long ratingId, Set<RatingReason> reasons) {
        Rating rating = ratings.lockById(ratingId).orElseThrow(() -> new Refusal("problem.rating.unknown",
                "No rating " + ratingId));
        if (!time.now().isBefore(rating.getRatedAt().plus(window()))) {
            throw new Refusal("problem.rating.reasons-closed",
                    "Rating " + ratingId + " was given too long ago to add its reasons");
        }
        rating.giveReasons(reasons);
        ratings.flush();
        events.publishEvent(new RatingReasonsGiven(ratingId, rating.getReasons(), rating.getCounter().getNumber()));
        return rating;
    }

    /** How long after its finish a ticket can be rated, and after the score its reasons given. */
    public Duration window() {
        return Duration.ofSeconds(centers.profile().getRatingWindowSeconds());
    }

    private static Optional<Instant> closesAt(Ticket ticket, Duration window) {
        return Optional.ofNullable(ticket.getFinishedAt()).map(finished -> finished.plus(window));
    }
}
