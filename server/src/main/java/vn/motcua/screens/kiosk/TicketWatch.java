package vn.motcua.screens.kiosk;

import java.util.function.Predicate;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;

/**
 * The queue events that can move one followed ticket: its own (state, counter), and any of a ticket of the same
 * service (who is ahead of it: a priority newcomer, a call, a transfer in, a return). Follows the ticket into
 * another service when it is transferred. Tested on the one notifier thread that delivers events.
 */
final class TicketWatch implements Predicate<QueueEvent> {

    private final long ticketId;
    private volatile long serviceId;

    TicketWatch(long ticketId, long serviceId) {
        this.ticketId = ticketId;
        this.serviceId = serviceId;
    }

    @Override
    public boolean test(QueueEvent event) {
        return switch (event) {
            case TicketIssued issued -> concerns(issued.ticketId(), issued.serviceId());
            case TicketCalled called -> concerns(called.ticketId(), called.serviceId());
            case TicketChanged changed -> concerns(changed.ticketId(), changed.serviceId());
            case CounterOpened opened -> false;
            case CounterClosed closed -> false;
        };
    }

    private boolean concerns(long eventTicketId, long eventServiceId) {
        if (eventTicketId == ticketId) {
            serviceId = eventServiceId;
            return true;
        }
        return eventServiceId == serviceId;
    }
}
