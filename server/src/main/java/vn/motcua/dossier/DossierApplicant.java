package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * Who submitted a dossier received here, how, and to whom: empty for a dossier imported from the province. The phone
 * (on the dossier) and the ID number are kept only with the consent recorded at {@code consentAt}.
 */
@Embeddable
public class DossierApplicant {

    @Column(name = "applicant_name", updatable = false)
    private String name;
    @Column(name = "applicant_id_number", updatable = false)
    private String idNumber;
    @Column(name = "consent_at", updatable = false)
    private Instant consentAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", updatable = false)
    private Channel channel;
    @Column(name = "receiving_officer_id", updatable = false)
    private Long receivingOfficerId;

    protected DossierApplicant() {
    }

    DossierApplicant(String name, String idNumber, Instant consentAt, Channel channel, Long receivingOfficerId) {
        this.name = name;
        this.idNumber = idNumber;
        this.consentAt = consentAt;
        this.channel = channel;
        this.receivingOfficerId = receivingOfficerId;
    }

    public Optional<String> getName() {
        return Optional.ofNullable(name);
    }

    public Optional<String> getIdNumber() {
        return Optional.ofNullable(idNumber);
    }

    public Optional<Instant> getConsentAt() {
        return Optional.ofNullable(consentAt);
    }

    public Optional<Channel> getChannel() {
        return Optional.ofNullable(channel);
    }

    /** The officer who received it here (row 0 of the control slip). */
    public Optional<Long> getReceivingOfficerId() {
        return Optional.ofNullable(receivingOfficerId);
    }
}
