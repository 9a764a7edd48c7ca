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
 * One entry of the register of violations: the kind, the dossier, the officer and their head of unit (joint
 * liability), who recorded it, and the record that proves it (the lateness, explanation, supplement request or apology,
 * with the evidence in words). Never updated.
 */
@Entity
public class Violation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ViolationKind kind;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private Long unitId;
    @Column(updatable = false)
    private Long headOfficerId;
    @Column(updatable = false)
    private Instant occurredAt;
    @Column(updatable = false)
    private String recordedBy;
    @Column(updatable = false)
    private String evidence;
    @Column(updatable = false)
    private Long latenessId;
    @Column(updatable = false)
    private Long explanationId;
    @Column(updatable = false)
    private Long supplementRequestId;
    @Column(updatable = false)
    private Long apologyId;

    protected Violation() {
    }

    Violation(Violations.Entry entry, Integer centerId, Long unitId, Long headOfficerId, Instant occurredAt) {
        this.centerId = centerId;
        this.kind = entry.kind();
        this.dossierId = entry.dossierId();
        this.officerId = entry.officerId();
        this.unitId = unitId;
        this.headOfficerId = headOfficerId;
        this.occurredAt = occurredAt;
        this.recordedBy = entry.recordedBy().name();
        this.evidence = entry.evidence();
        this.latenessId = entry.latenessId();
        this.explanationId = entry.explanationId();
        this.supplementRequestId = entry.supplementRequestId();
        this.apologyId = entry.apologyId();
    }

    public Long getId() {
        return id;
    }

    public ViolationKind getKind() {
        return kind;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }

    /** The head of the officer's unit when it happened, who answers jointly. */
    public Optional<Long> getHeadOfficerId() {
        return Optional.ofNullable(headOfficerId);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** The proof in words: what happened, when, on whose ruling. */
    public String getEvidence() {
        return evidence;
    }

    public Optional<Long> getLatenessId() {
        return Optional.ofNullable(latenessId);
    }

    public Optional<Long> getExplanationId() {
        return Optional.ofNullable(explanationId);
    }

    public Optional<Long> getSupplementRequestId() {
        return Optional.ofNullable(supplementRequestId);
    }

    public Optional<Long> getApologyId() {
        return Optional.ofNullable(apologyId);
    }
}
