package vn.motcua.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/**
 * A phone number a visitor left for their ticket, with their consent, to be told when their turn is near: kept only
 * while they want (withdrawing deletes the row) and used for nothing else.
 */
@Entity
public class TicketContact {

    @Id
    private Long ticketId;
    private String phone;
    private Instant consentAt;
    private Instant nearCallSentAt;

    protected TicketContact() {
    }

    TicketContact(long ticketId, String phone, Instant consentAt) {
        this.ticketId = ticketId;
        this.phone = phone;
        this.consentAt = consentAt;
    }

    /** The visitor gave the number again (another one, or the same): the consent runs from now. */
    void renew(String newPhone, Instant at) {
        this.phone = newPhone;
        this.consentAt = at;
    }

    /** The near-call message was posted: it goes once. */
    void told(Instant at) {
        this.nearCallSentAt = at;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Optional<Instant> getNearCallSentAt() {
        return Optional.ofNullable(nearCallSentAt);
    }
}
