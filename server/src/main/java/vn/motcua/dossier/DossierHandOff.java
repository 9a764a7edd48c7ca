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
 * One line of the control slip (Mẫu 06): who gave the dossier, who took it (and their unit), when, and the step's own
 * due time. Reception is line 0, given by nobody. Never updated: the slip is the record nobody can shift blame on.
 */
@Entity
public class DossierHandOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private int sequenceNo;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private StepKind step;
    @Column(updatable = false)
    private Long fromOfficerId;
    @Column(updatable = false)
    private Long toOfficerId;
    @Column(updatable = false)
    private Long toUnitId;
    @Column(updatable = false)
    private Instant handedAt;
    @Column(updatable = false)
    private Instant stepDueAt;
    @Column(updatable = false)
    private String note;

    protected DossierHandOff() {
    }

    DossierHandOff(Dossier dossier, int sequenceNo, StepKind step, Long fromOfficerId, long toOfficerId,
            long toUnitId, Instant handedAt, Instant stepDueAt, String note) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.sequenceNo = sequenceNo;
        this.step = step;
        this.fromOfficerId = fromOfficerId;
        this.toOfficerId = toOfficerId;
        this.toUnitId = toUnitId;
        this.handedAt = handedAt;
        this.stepDueAt = stepDueAt;
        this.note = note;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public StepKind getStep() {
        return step;
    }

    /** Who gave it; empty for reception. */
    public Optional<Long> getFromOfficerId() {
        return Optional.ofNullable(fromOfficerId);
    }

    public Long getToOfficerId() {
        return toOfficerId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    /** When the step the taker does is due, on the working calendar from the procedure's shares. */
    public Instant getStepDueAt() {
        return stepDueAt;
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }
}
