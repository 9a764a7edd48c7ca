package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import vn.motcua.officer.Officer;
import vn.motcua.catalogue.CenterService;
import vn.motcua.i18n.Refusal;

/**
 * A numbered ticket: one visit, from the kiosk to the counter, with the officer who served it. Its state
 * changes only through the methods below, which refuse what the state does not allow.
 */
@Entity
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private CenterService service;
    private long numberedServiceId;
    private LocalDate serviceDay;
    private Integer seq;
    private String number;
    @Enumerated(EnumType.STRING)
    private PriorityCategory priority;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    @Enumerated(EnumType.STRING)
    private TicketOrigin origin;
    private String trackingCode;
    private LocalDate queueDay;
    private int queueRank;
    private Instant queuedAt;
    private Instant issuedAt;
    private Instant calledAt;
    private Instant servedAt;
    private Instant finishedAt;
    private int recalls;
    private String holdComment;
    private LocalDate carriedFrom;
    @ManyToOne(fetch = FetchType.EAGER)
    private Counter counter;
    @ManyToOne(fetch = FetchType.EAGER)
    private Counter targetCounter;
    @ManyToOne(fetch = FetchType.EAGER)
    private Officer officer;
    @ManyToOne(fetch = FetchType.LAZY)
    private Ticket visitTicket;
    @Version
    private int version;

    protected Ticket() {
    }

    Ticket(CenterService service, LocalDate serviceDay, Integer seq, String number, PriorityCategory priority,
            TicketOrigin origin, String trackingCode, Instant issuedAt) {
        this.service = service;
        this.numberedServiceId = service.getId();
        this.serviceDay = serviceDay;
        this.seq = seq;
        this.number = number;
        this.priority = priority;
        this.origin = origin;
        this.status = TicketStatus.WAITING;
        this.trackingCode = trackingCode;
        this.issuedAt = issuedAt;
        this.queueDay = serviceDay;
        this.queueRank = QueueRank.of(priority);
        this.queuedAt = issuedAt;
    }

    void call(Counter at, Officer by, Instant when) {
        require("call", TicketStatus.WAITING);
        status = TicketStatus.CALLED;
        counter = at;
        officer = by;
        calledAt = when;
        targetCounter = null;
        recalls = 0;
    }

    // Every act below names the officer seated at the counter when it happened: the ticket's officer is whoever
    // acted on it last, so a finish, an absence, a hold, a transfer and the later rating name who really did it.

    void recall(Officer by) {
        require("recall", TicketStatus.CALLED);
        officer = by;
        recalls++;
    }

    void startServing(Officer by, Instant when) {
        require("start serving", TicketStatus.CALLED);
        officer = by;
        status = TicketStatus.SERVING;
        servedAt = when;
    }

    /** Finishing straight from the call means the visitor came and was served at once. */
    void finish(Officer by, Instant when) {
        require("finish", TicketStatus.CALLED, TicketStatus.SERVING);
        officer = by;
        status = TicketStatus.DONE;
        if (servedAt == null) {
            servedAt = calledAt;
        }
        finishedAt = when;
    }

    void markNoShow(Officer by, Instant when) {
        require("mark as absent", TicketStatus.CALLED);
        officer = by;
        status = TicketStatus.NO_SHOW;
        finishedAt = when;
    }

    void hold(Officer by, String comment) {
        require("hold", TicketStatus.CALLED, TicketStatus.SERVING);
        officer = by;
        status = TicketStatus.HELD;
        holdComment = comment;
    }

    void resume(Counter at, Officer by, Instant when) {
        require("resume", TicketStatus.HELD);
        status = TicketStatus.SERVING;
        counter = at;
        officer = by;
        if (servedAt == null) {
            servedAt = when;
        }
    }

    /** Back into a queue at its front: the other service's, or only the target counter's. */
    void transfer(Officer by, CenterService to, Counter onlyAt, Instant when) {
        require("transfer", TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.HELD);
        officer = by;
        status = TicketStatus.WAITING;
        service = to;
        targetCounter = onlyAt;
        queueRank = QueueRank.FRONT;
        queuedAt = when;
    }

    /** An absent visitor who turns up the same day goes back to the front. */
    void returnAfterNoShow(LocalDate today, Instant when) {
        require("return to the queue", TicketStatus.NO_SHOW);
        if (!queueDay.equals(today)) {
            throw new Refusal("problem.ticket.expired", "Ticket " + number + " was for " + queueDay);
        }
        status = TicketStatus.WAITING;
        queueRank = QueueRank.FRONT;
        queuedAt = when;
        finishedAt = null;
    }

    /**
     * Waits on to the next working day with its number, ahead of that day's tickets (seed 002): a visitor still
     * waiting, called but not come, or fetching a paper for a held ticket. The hold comment stays; yesterday's call
     * and counter do not, so the ticket is called afresh and never resumed or served on yesterday's call.
     */
    void carryOver(LocalDate nextWorkingDay) {
        require("carry over", TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.HELD);
        if (carriedFrom == null) {
            carriedFrom = queueDay;
        }
        status = TicketStatus.WAITING;
        queueDay = nextWorkingDay;
        queueRank = QueueRank.CARRIED_OVER;
        counter = null;
        officer = null;
        calledAt = null;
        servedAt = null;
        recalls = 0;
    }

    /** A walk-in or second service is at the counter from the start. */
    void serveAtOnce(Counter at, Officer by, Instant when, Ticket visit) {
        require("serve", TicketStatus.WAITING);
        status = TicketStatus.SERVING;
        counter = at;
        officer = by;
        calledAt = when;
        servedAt = when;
        visitTicket = visit;
    }

    private void require(String action, TicketStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTicketTransition(number, status, action);
        }
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

    long getNumberedServiceId() {
        return numberedServiceId;
    }

    public Integer getSeq() {
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

    public TicketOrigin getOrigin() {
        return origin;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public LocalDate getQueueDay() {
        return queueDay;
    }

    public int getQueueRank() {
        return queueRank;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getRecalls() {
        return recalls;
    }

    public String getHoldComment() {
        return holdComment;
    }

    public LocalDate getCarriedFrom() {
        return carriedFrom;
    }

    public Counter getCounter() {
        return counter;
    }

    public Counter getTargetCounter() {
        return targetCounter;
    }

    public Officer getOfficer() {
        return officer;
    }

    public Ticket getVisitTicket() {
        return visitTicket;
    }
}
