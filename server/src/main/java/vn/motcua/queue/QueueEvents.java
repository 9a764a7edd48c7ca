package vn.motcua.queue;

/** Domain events of the queue, published inside the transaction and delivered to listeners after commit. */
public final class QueueEvents {

    private QueueEvents() {
    }

    /** A visitor took a ticket. */
    public record TicketIssued(long ticketId, String number, long serviceId) {
    }

    /** A counter called (or recalled) a ticket: displays, hall board, voice and the pad react. */
    public record TicketCalled(long ticketId, String number, int counterNumber, long officerId, boolean recall) {
    }

    /** Any other change of a ticket: served, finished, absent, held, transferred, carried over... */
    public record TicketChanged(long ticketId, String number, TicketEventKind kind, Integer counterNumber) {
    }

    /** An officer sat down at a counter. */
    public record CounterOpened(int counterNumber, long officerId) {
    }

    /** The officer left the counter; it serves nobody until someone opens it again. */
    public record CounterClosed(int counterNumber) {
    }
}
