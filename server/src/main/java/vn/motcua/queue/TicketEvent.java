package vn.motcua.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One state change of a ticket: who did what, where, when and why. Written once, never changed. */
@Entity
@Immutable
public class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private long ticketId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TicketEventKind kind;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TicketStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private TicketStatus toStatus;
    @Column(updatable = false)
    private Long officerId;
    @Column(updatable = false)
    private Long counterId;
    @Column(updatable = false)
    private Instant at;
    @Column(updatable = false)
    private String reason;

    protected TicketEvent() {
    }

    TicketEvent(long ticketId, TicketEventKind kind, TicketStatus fromStatus, TicketStatus toStatus, Long officerId,
            Long counterId, Instant at, String reason) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.officerId = officerId;
        this.counterId = counterId;
        this.at = at;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getTicketId() {
        return ticketId;
    }

    public TicketEventKind getKind() {
        return kind;
    }

    public TicketStatus getFromStatus() {
        return fromStatus;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public Long getCounterId() {
        return counterId;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
