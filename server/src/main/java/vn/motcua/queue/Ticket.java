package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.officer.Officer;

/** A numbered ticket: one visit, from the kiosk to the counter, with the officer who served it. */
@Entity
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private CenterService service;
    private LocalDate serviceDay;
    private int seq;
    private String number;
    @Enumerated(EnumType.STRING)
    private PriorityCategory priority;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private String trackingCode;
    private Instant issuedAt;
    private Instant calledAt;
    private Instant finishedAt;
    @ManyToOne(fetch = FetchType.EAGER)
    private Counter counter;
    @ManyToOne(fetch = FetchType.EAGER)
    private Officer officer;

    protected Ticket() {
    }

    Ticket(CenterService service, LocalDate serviceDay, int seq, String number, PriorityCategory priority,
            String trackingCode, Instant issuedAt) {
        this.service = service;
        this.serviceDay = serviceDay;
        this.seq = seq;
        this.number = number;
        this.priority = priority;
        this.status = TicketStatus.WAITING;
        this.trackingCode = trackingCode;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public CenterService getService() {
        return service;
    }

    public LocalDate getServiceDay() {
        return serviceDay;
    }

    public int getSeq() {
        return seq;
    }

    public String getNumber() {
        return number;
    }

    public PriorityCategory getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Counter getCounter() {
        return counter;
    }

    public Officer getOfficer() {
        return officer;
    }
}
