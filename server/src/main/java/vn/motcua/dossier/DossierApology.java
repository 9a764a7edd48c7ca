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
 * The apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04): drafted by the holder as soon as
 * lateness is foreseen, with the reason and the new date on the working calendar; a leader approves it (the dossier's
 * new appointment, set once) or rejects it, and says whether the reason is a valid one.
 */
@Entity
public class DossierApology {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long dossierId;
    @Column(updatable = false)
    private String reason;
    @Column(updatable = false)
    private Instant newAppointmentAt;
    @Column(updatable = false)
    private Long draftedBy;
    @Column(updatable = false)
    private Instant draftedAt;
    @Enumerated(EnumType.STRING)
    private ApologyState state;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private Boolean reasonValid;

    protected DossierApology() {
    }

    DossierApology(Dossier dossier, String reason, Instant newAppointmentAt, long draftedBy, Instant draftedAt) {
        this.centerId = dossier.getCenterId();
        this.dossierId = dossier.getId();
        this.reason = reason;
        this.newAppointmentAt = newAppointmentAt;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        this.state = ApologyState.DRAFT;
    }

    /** The leader's decision on a draft. */
    void decide(boolean approved, boolean validReason, String leader, Instant at, String comment) {
        this.state = approved ? ApologyState.APPROVED : ApologyState.REJECTED;
        this.reasonValid = validReason;
        this.decidedBy = leader;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getNewAppointmentAt() {
        return newAppointmentAt;
    }

    public Long getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public ApologyState getState() {
        return state;
    }

    /** The leader who decided, by name. */
    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> getDecisionComment() {
        return Optional.ofNullable(decisionComment);
    }

    /** Whether the leader found the reason valid; empty until decided. */
    public Optional<Boolean> getReasonValid() {
        return Optional.ofNullable(reasonValid);
    }
}
