package vn.motcua.queue;

import java.time.Instant;

/** Domain events of the queue, published inside the transaction and delivered to listeners after commit. */
public final class QueueEvents {

    private QueueEvents() {
    }

    /** Any event of the queue; screens subscribe to it and filter by the counter it concerns. */
    public sealed interface QueueEvent permits TicketIssued, TicketCalled, TicketChanged, CounterOpened,
            CounterClosed {

        /** Whether the screens of counter n (its display, its pad) must look again. */
        boolean concerns(int counterNumber);
    }

    /** A visitor took a ticket. */
    public record TicketIssued(long ticketId, String number, long serviceId) implements QueueEvent {

        @Override
        public boolean concerns(int counterNumber) {
            return false;
        }
    }

    /**
     * A counter called (or recalled) a ticket of a service: displays, hall board, voice and the pad react. The
     * recall count and the time of the call tell this call from an earlier call of the same ticket, as the hall
     * board's list shows it.
     */
    public record TicketCalled(long ticketId, String number, long serviceId, int counterNumber, long officerId,
            boolean recall, int recalls, Instant calledAt) implements QueueEvent {

        @Override
        public boolean concerns(int counter) {
            return counterNumber == counter;
        }
    }

    /**
     * Any other change of a ticket: served, finished, absent, held, transferred, carried over... A change that names
     * no counter concerns every counter, so no screen misses a ticket that left it. The service is the ticket's
     * after the change (a transfer names the service it went to).
     */
    public record TicketChanged(long ticketId, String number, long serviceId, TicketEventKind kind,
            Integer counterNumber) implements QueueEvent {

        @Override
        public boolean concerns(int counter) {
            return counterNumber == null || counterNumber == counter;
        }
    }

    /** An officer sat down at a counter. */
    public record CounterOpened(int counterNumber, long officerId) implements QueueEvent {

        @Override
        public boolean concerns(int counter) {
            return counterNumber == counter;
        }
    }

    /** The officer left the counter; it serves nobody until someone opens it again. */
    public record CounterClosed(int counterNumber) implements QueueEvent {

        @Override
        public boolean concerns(int counter) {
            return counterNumber == counter;
        }
    }
}
