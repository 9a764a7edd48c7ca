package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.catalogue.StepKind;

/**
 * A dossier, or one step of it, found late: the officer who held it at its due time (from the hand-off record), their
 * unit and the unit's head, who answers jointly. An imported dossier nobody here held names its unit only, or nobody
 * (unassigned: the manager's to settle). Once per dossier and scope; never updated.
 */
@Entity
public class DossierLateness {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LateScope scope;
    /** The hand-off's sequence number for a step; 0 for the dossier as a whole. */
    @Column(updatable = false)
    private int handOffNo;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private StepKind step;
    @Column(updatable = false)
    private Instant dueAt;
    @Column(updatable = false)
    private Instant foundAt;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private Long unitId;
    @Column(updatable = false)
    private Long headOfficerId;

    protected DossierLateness() {
    }

    DossierLateness(Dossier dossier, LateScope scope, int handOffNo, StepKind step, Instant dueAt, Instant foundAt,
            Long officerId, Long unitId, Long headOfficerId) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.scope = scope;
        this.handOffNo = handOffNo;
        this.step = step;
        this.dueAt = dueAt;
        this.foundAt = foundAt;
        this.officerId = officerId;
        this.unitId = unitId;
        this.headOfficerId = headOfficerId;
    }

    public Long getId() {
        return id;
    }

    public Integer getCenterId() {
        return centerId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public LateScope getScope() {
        return scope;
    }

    public int getHandOffNo() {
        return handOffNo;
    }

    /** The step that was late; empty for the dossier as a whole. */
    public Optional<StepKind> getStep() {
        return Optional.ofNullable(step);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    /** The officer who held it at its due time; empty when nobody here did. */
    public Optional<Long> getOfficerId() {
        return Optional.ofNullable(officerId);
    }

    /** The unit it is late for; empty when unassigned. */
    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }

    /** The head of that unit, who answers jointly; empty when the unit has none. */
    public Optional<Long> getHeadOfficerId() {
        return Optional.ofNullable(headOfficerId);
    }

    /** Late for no unit here: the manager's to settle. */
    public boolean isUnassigned() {
        return officerId == null && unitId == null;
    }
}
