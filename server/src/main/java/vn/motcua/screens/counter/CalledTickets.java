package vn.motcua.screens.counter;

import vn.motcua.counter.CalledTicket;
import vn.motcua.queue.Ticket;
import vn.motcua.queue.TicketStatus;

/** A ticket called to a counter, as the counter screens show it. */
final class CalledTickets {

    private CalledTickets() {
    }

    static CalledTicket of(Ticket ticket) {
        return new CalledTicket(ticket.getNumber(), ticket.getService().getName(), ticket.getPriority().isPriority(),
                ticket.getCounter().getNumber(), ticket.getOfficer().getFullName(), ticket.getCalledAt(),
                ticket.getStatus() == TicketStatus.SERVING, ticket.getRecalls());
    }
}
