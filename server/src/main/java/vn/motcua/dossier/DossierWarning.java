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

/**
 * An early warning (seed 004): a due time, the dossier's or a step's, comes within the center's warning hours. One row
 * per due time watched, so the minute job warns once however often it runs; never updated.
 */
@Entity
public class DossierWarning {

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
    @Column(updatable = false)
    private Instant dueAt;
    @Column(updatable = false)
    private Instant warnedAt;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private Long unitId;

    protected DossierWarning() {
    }

    DossierWarning(Dossier dossier, LateScope scope, int handOffNo, Instant dueAt, Instant warnedAt, Long officerId,
            Long unitId) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.scope = scope;
        this.handOffNo = handOffNo;
        this.dueAt = dueAt;
        this.warnedAt = warnedAt;
        this.officerId = officerId;
        this.unitId = unitId;
    }

    public Long getId() {
        return id;
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

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    /** The holder warned; empty for an imported dossier nobody here holds. */
    public Optional<Long> getOfficerId() {
        return Optional.ofNullable(officerId);
    }

    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }
}
