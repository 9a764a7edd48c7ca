package vn.motcua.queue;

/** A change the ticket's state does not allow, such as finishing a ticket nobody is serving. */
public class IllegalTicketTransition extends QueueProblem {

    public IllegalTicketTransition(String number, TicketStatus status, String action) {
        super("problem.ticket.illegal", "Ticket " + number + " is " + status + ": cannot " + action);
    }
}
