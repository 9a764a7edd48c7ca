package vn.motcua.queue;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;
import vn.motcua.queue.internal.TicketEventRepository;

/**
 * Writes a ticket's state change into its history in the same transaction as the change, so the two
 * always agree, and announces it to the rest of the application once that transaction commits.
 */
@Component
class TicketHistory {

    private final TicketEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final CenterTime time;

    TicketHistory(TicketEventRepository events, ApplicationEventPublisher publisher, CenterTime time) {
        this.events = events;
        this.publisher = publisher;
        this.time = time;
    }

    /** A change made now at the ticket's counter, on the name of the ticket's officer (who acted last). */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Ticket ticket, TicketEventKind kind, TicketStatus from, String reason) {
        record(ticket, kind, from, reason, ticket.getOfficer(), ticket.getCounter(), time.now());
    }

    /** A change made for the center rather than by an officer now: the closing job ends a day at its closing time. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Ticket ticket, TicketEventKind kind, TicketStatus from, String reason, Officer by, Counter counter,
            Instant at) {
        Long officerId = by == null ? null : by.getId();
        events.save(new TicketEvent(ticket.getId(), kind, from, ticket.getStatus(), officerId,
                counter == null ? null : counter.getId(), at, reason));
        Integer counterNumber = counter == null ? null : counter.getNumber();
        long serviceId = ticket.getService().getId();
        publisher.publishEvent(switch (kind) {
            case ISSUED -> new TicketIssued(ticket.getId(), ticket.getNumber(), serviceId);
            case CALLED, RECALLED -> new TicketCalled(ticket.getId(), ticket.getNumber(), serviceId, counterNumber,
                    officerId, kind == TicketEventKind.RECALLED, ticket.getRecalls(), ticket.getCalledAt());
            default -> new TicketChanged(ticket.getId(), ticket.getNumber(), serviceId, kind, counterNumber);
        });
    }
}
