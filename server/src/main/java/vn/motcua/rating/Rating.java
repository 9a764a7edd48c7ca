package vn.motcua.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import vn.motcua.officer.Officer;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Ticket;

/** A citizen's rating of one served ticket, linked to the officer and counter that served it. Never updated. */
@Entity
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Ticket ticket;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Officer officer;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Counter counter;
    @Enumerated(EnumType.STRING)
    private RatingLevel level;
    private Instant ratedAt;

    protected Rating() {
    }

    Rating(Ticket ticket, RatingLevel level, Instant ratedAt) {
        this.ticket = ticket;
        this.officer = ticket.getOfficer();
        this.counter = ticket.getCounter();
        this.level = level;
        this.ratedAt = ratedAt;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Officer getOfficer() {
        return officer;
    }

    public Counter getCounter() {
        return counter;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
