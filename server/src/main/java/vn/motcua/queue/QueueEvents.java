package vn.motcua.queue;

/** Domain events of the queue, published inside the transaction and delivered to listeners after commit. */
public final class QueueEvents {

    private QueueEvents() {
    }

    /** A visitor took a ticket. */
    public record TicketIssued(long ticketId, String number, long serviceId) {
    }

    /** A counter called a ticket: displays, hall board, voice and the pad react. */
    public record TicketCalled(long ticketId, String number, int counterNumber, long officerId) {
    }

    /** A counter finished serving a ticket. */
    public record TicketFinished(long ticketId, String number, int counterNumber) {
    }

    /** An officer sat down at a counter. */
    public record CounterOpened(int counterNumber, long officerId) {
    }
}
