package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;

/** How handling ended and who answers for the end: the result and its reason, who signed, who handed it back. */
@Embeddable
public class DossierOutcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "result")
    private DossierResult result;
    @Column(name = "result_reason")
    private String reason;
    /** The leader on duty who signed a same-day result, with their title. */
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "returning_officer_id")
    private Long returningOfficerId;

    protected DossierOutcome() {
    }

    DossierOutcome(DossierResult result, String reason, String signedBy) {
        this.result = result;
        this.reason = reason;
        this.signedBy = signedBy;
    }

    DossierOutcome returnedBy(Long officerId) {
        DossierOutcome returned = new DossierOutcome(result, reason, signedBy);
        returned.returningOfficerId = officerId;
        return returned;
    }

    public Optional<DossierResult> getResult() {
        return Optional.ofNullable(result);
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> getSignedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<Long> getReturningOfficerId() {
        return Optional.ofNullable(returningOfficerId);
    }
}
