package vn.motcua.screens.kiosk;

import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;

/**
 * Which queue events change how many wait for a service, the only figure the kiosk shows live: a ticket entering
 * or leaving a waiting line. The switches have no default, so a new event or kind must be decided here.
 */
final class WaitingCounts {

    private WaitingCounts() {
    }

    static boolean change(QueueEvent event) {
        return switch (event) {
            case TicketIssued issued -> true;
            case TicketCalled called -> !called.recall();
            case TicketChanged changed -> switch (changed.kind()) {
                // Back into a line, or on to the next working day.
                case TRANSFERRED, RETURNED, CARRIED_OVER -> true;
                // Between the counter and done: the ticket had already left its line.
                case SERVING, FINISHED, NO_SHOW, HELD, RESUMED, WALK_IN, SECOND_SERVICE -> false;
                // Published as TicketIssued and TicketCalled, never as a change.
                case ISSUED, CALLED, RECALLED -> true;
            };
            case CounterOpened opened -> false;
            case CounterClosed closed -> false;
        };
    }
}
