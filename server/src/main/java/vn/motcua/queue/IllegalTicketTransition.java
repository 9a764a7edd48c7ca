package vn.motcua.queue;

import vn.motcua.i18n.Refusal;

/** A change the ticket's state does not allow, such as finishing a ticket nobody is serving. */
public class IllegalTicketTransition extends Refusal {

    public IllegalTicketTransition(String number, TicketStatus status, String action) {
        super("problem.ticket.illegal", "Ticket " + number + " is " + status + ": cannot " + action);
    }
}
