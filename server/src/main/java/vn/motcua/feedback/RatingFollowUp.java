package vn.motcua.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * The follow-up a dissatisfied rating opens for the head of the rated officer's unit: contact with the citizen and the
 * resolution, by a center-set time, after which it goes up to the managers. The rating itself never changes.
 */
@Entity
public class RatingFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long ratingId;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private Long unitId;
    @Column(updatable = false)
    private Long headOfficerId;
    @Column(updatable = false)
    private Instant openedAt;
    @Column(updatable = false)
    private Instant dueAt;
    private Instant contactedAt;
    private String contactNote;
    private String resolution;
    private Instant resolvedAt;
    private String resolvedBy;
    private Instant escalatedAt;

    protected RatingFollowUp() {
    }

    RatingFollowUp(int centerId, long ratingId, long officerId, Long unitId, Long headOfficerId, Instant openedAt,
            Instant dueAt) {
        this.centerId = centerId;
        this.ratingId = ratingId;
        this.officerId = officerId;
        this.unitId = unitId;
        this.headOfficerId = headOfficerId;
        this.openedAt = openedAt;
        this.dueAt = dueAt;
    }

    void contacted(String note, Instant at) {
        this.contactNote = note;
        this.contactedAt = at;
    }

    void resolve(String text, String by, Instant at) {
        this.resolution = text;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    void escalate(Instant at) {
        this.escalatedAt = at;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRatingId() {
        return ratingId;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }

    public Optional<Long> getHeadOfficerId() {
        return Optional.ofNullable(headOfficerId);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Optional<Instant> getContactedAt() {
        return Optional.ofNullable(contactedAt);
    }

    public Optional<String> getContactNote() {
        return Optional.ofNullable(contactNote);
    }

    public Optional<String> getResolution() {
        return Optional.ofNullable(resolution);
    }

    public Optional<Instant> getResolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<String> getResolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> getEscalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }
}
