package vn.motcua.rating;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.motcua.officer.Officer;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Ticket;
import vn.motcua.i18n.Refusal;

/**
 * A citizen's rating of one served ticket, linked to the officer and counter that served it. Never updated: the
 * reasons for a low score are rows of their own, added once after the score.
 */
@Entity
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    // Written once: Hibernate never includes these in an update, so a score cannot be changed after the fact.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(updatable = false)
    private Ticket ticket;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(updatable = false)
    private Officer officer;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(updatable = false)
    private Counter counter;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RatingLevel level;
    @Column(updatable = false)
    private Instant ratedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_reason", joinColumns = @JoinColumn(name = "rating_id"))
    @Column(name = "reason")
    @Enumerated(EnumType.STRING)
    private Set<RatingReason> reasons = new HashSet<>();

    protected Rating() {
    }

    Rating(Ticket ticket, RatingLevel level, Instant ratedAt) {
        this.ticket = ticket;
        this.officer = ticket.getOfficer();
        this.counter = ticket.getCounter();
        this.level = level;
        this.ratedAt = ratedAt;
    }

    /** The visitor's one answer to "why not satisfied?"; a second answer would rewrite what they said. */
    void giveReasons(Set<RatingReason> given) {
        if (level.isSatisfied()) {
            throw new Refusal("problem.rating.reasons-not-asked",
                    "Rating " + id + " is " + level + ": reasons are asked only after a low score");
        }
        if (given.isEmpty()) {
            throw new Refusal("problem.rating.reasons-empty", "No reason given for rating " + id);
        }
        if (!reasons.isEmpty()) {
            throw new Refusal("problem.rating.reasons-already", "Rating " + id + " already has its reasons");
        }
        reasons.addAll(given);
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

    /** Why the visitor was not satisfied; empty when not asked, skipped, or not yet answered. */
    public Set<RatingReason> getReasons() {
        return reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
