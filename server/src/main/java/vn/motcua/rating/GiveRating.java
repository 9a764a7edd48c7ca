package vn.motcua.rating;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.CounterRepository;
import vn.motcua.queue.QueueProblem;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketRepository;
import vn.motcua.queue.TicketStatus;

/** Stores a pad press as the rating of the ticket last served at that counter, for the officer who served it. */
@Service
public class GiveRating {

    private final CounterRepository counters;
    private final TicketRepository tickets;
    private final RatingRepository ratings;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    /** A visitor rates a service they received: not one they were absent for or that was put aside. */
    private static final Set<TicketStatus> RATEABLE = EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING,
            TicketStatus.DONE);

    GiveRating(CounterRepository counters, TicketRepository tickets, RatingRepository ratings, CenterTime time,
            ApplicationEventPublisher events) {
        this.counters = counters;
        this.tickets = tickets;
        this.ratings = ratings;
        this.time = time;
        this.events = events;
    }

    /** A rating was stored. */
    public record RatingGiven(long ratingId, long ticketId, long officerId, int counterNumber, RatingLevel level) {
    }

    /** The ticket a counter's pad would rate now: the last one called there today, if not yet rated. */
    @Transactional(readOnly = true)
    public Optional<Ticket> ticketToRate(int counterNumber) {
        return counters.findByNumber(counterNumber)
                .flatMap(counter -> tickets.findFirstByCounterIdAndQueueDayAndStatusInOrderByCalledAtDescIdDesc(
                        counter.getId(), time.today(), RATEABLE))
                .filter(ticket -> !ratings.existsByTicketId(ticket.getId()));
    }

    @Transactional
    public Rating rate(int counterNumber, RatingLevel level) {
        Ticket ticket = ticketToRate(counterNumber).orElseThrow(() -> new QueueProblem("problem.rating.nothing",
                "Counter " + counterNumber + " has no served ticket waiting for a rating"));
        try {
            Rating rating = ratings.saveAndFlush(new Rating(ticket, level, time.now()));
            events.publishEvent(new RatingGiven(rating.getId(), ticket.getId(), ticket.getOfficer().getId(),
                    counterNumber, level));
            return rating;
        } catch (DataIntegrityViolationException ratedByAnotherPress) {
            throw new QueueProblem("problem.rating.already", "Ticket " + ticket.getNumber() + " is already rated");
        }
    }
}
