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
 * One attempt at explaining a lateness (giải trình), by the officer it names: a reason from the list and the text. The
 * head of unit accepts it or returns it with a comment; a returned one is written again as the next attempt.
 */
@Entity
public class LateExplanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long latenessId;
    @Column(updatable = false)
    private int attemptNo;
    @Column(updatable = false)
    private Long officerId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LateReason reason;
    @Column(updatable = false)
    private String text;
    @Column(updatable = false)
    private Instant writtenAt;
    @Enumerated(EnumType.STRING)
    private ExplanationRuling ruling;
    private Long ruledBy;
    private Instant ruledAt;
    private String rulingComment;

    protected LateExplanation() {
    }

    LateExplanation(DossierLateness lateness, int attemptNo, long officerId, LateReason reason, String text,
            Instant writtenAt) {
        this.centerId = lateness.getCenterId();
        this.latenessId = lateness.getId();
        this.attemptNo = attemptNo;
        this.officerId = officerId;
        this.reason = reason;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    /** The head's ruling, once; a manager who is no officer rules without an officer's id. */
    void rule(ExplanationRuling answer, Long headOfficerId, Instant at, String comment) {
        this.ruling = answer;
        this.ruledBy = headOfficerId;
        this.ruledAt = at;
        this.rulingComment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getLatenessId() {
        return latenessId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public LateReason getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    /** Empty while the head has not answered. */
    public Optional<ExplanationRuling> getRuling() {
        return Optional.ofNullable(ruling);
    }

    public Optional<Long> getRuledBy() {
        return Optional.ofNullable(ruledBy);
    }

    public Optional<Instant> getRuledAt() {
        return Optional.ofNullable(ruledAt);
    }

    public Optional<String> getRulingComment() {
        return Optional.ofNullable(rulingComment);
    }
}
