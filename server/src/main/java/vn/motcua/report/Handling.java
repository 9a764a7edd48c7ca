package vn.motcua.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import vn.motcua.queue.TicketEvent;

/**
 * One officer's part in one ticket, read from the ticket's history: from the call (or the walk-in, the second
 * service, taking back a held ticket) to the moment it left them. A ticket transferred from one officer to another
 * has a handling for each, so each is credited with what they did.
 *
 * @param waitedSince when the visitor's wait for this call started; null when they did not queue for it
 * @param serviceTime time with the visitor, holds left out; null unless the handling ended with the visitor served
 */
record Handling(long ticketId, long officerId, Instant start, Instant waitedSince, Duration serviceTime, Ending ending) {

    /** How a handling ended. */
    enum Ending {
        /** Finished, or taken over by another officer after a hold. */
        SERVED,
        /** Sent to another service or counter after dealing with the visitor. */
        TRANSFERRED,
        /** Called and recalled, and the visitor did not come. */
        NO_SHOW,
        /** Still under way, or held. */
        OPEN
    }

    boolean served() {
        return ending == Ending.SERVED || ending == Ending.TRANSFERRED;
    }

    /**
     * The handlings in one ticket's history (events in order). {@code waitStart} turns the moment a ticket entered
     * its queue and the moment it was called into the start of the wait (see {@link WaitClock}).
     */
    static List<Handling> of(List<TicketEvent> history, BinaryOperator<Instant> waitStart) {
        List<Handling> handlings = new ArrayList<>();
        Instant queuedAt = null;
        Open open = null;
        for (TicketEvent event : history) {
            Instant at = event.getAt();
            switch (event.getKind()) {
                case ISSUED, RETURNED -> queuedAt = at;
                case CALLED -> {
                    open = new Open(event.getTicketId(), event.getOfficerId(), at,
                            queuedAt == null ? null : waitStart.apply(queuedAt, at));
                    queuedAt = null;
                }
                case WALK_IN, SECOND_SERVICE -> open = new Open(event.getTicketId(), event.getOfficerId(), at, null);
                case SERVING -> {
                    if (open != null) {
                        open.activeSince = at;
                    }
                }
                case HELD -> {
                    if (open != null) {
                        open.pause(at);
                    }
                }
                case RESUMED -> {
                    if (open != null && open.officerId.equals(event.getOfficerId())) {
                        open.activeSince = at;
                    } else {
                        if (open != null) {
                            handlings.add(open.end(at, Ending.SERVED));
                        }
                        open = new Open(event.getTicketId(), event.getOfficerId(), at, null);
                    }
                }
                case FINISHED -> open = close(handlings, open, at, Ending.SERVED);
                case TRANSFERRED -> {
                    open = close(handlings, open, at, Ending.TRANSFERRED);
                    queuedAt = at;
                }
                case NO_SHOW -> open = close(handlings, open, at, Ending.NO_SHOW);
                default -> {
                    // Recalls and carry-overs change nobody's handling.
                }
            }
        }
        if (open != null) {
            handlings.add(new Handling(open.ticketId, open.officerId, open.start, open.waitedSince, null, Ending.OPEN));
        }
        return handlings;
    }

    private static Open close(List<Handling> handlings, Open open, Instant at, Ending ending) {
        if (open != null) {
            handlings.add(open.end(at, ending));
        }
        return null;
    }

    /** A handling under way while the history is read. */
    private static final class Open {

        private final long ticketId;
        private final Long officerId;
        private final Instant start;
        private final Instant waitedSince;
        private Instant activeSince;
        private Duration before = Duration.ZERO;

        Open(long ticketId, Long officerId, Instant start, Instant waitedSince) {
            this.ticketId = ticketId;
            this.officerId = officerId;
            this.start = start;
            this.waitedSince = waitedSince;
            this.activeSince = start;
        }

        void pause(Instant at) {
            if (activeSince != null) {
                before = before.plus(Duration.between(activeSince, at));
                activeSince = null;
            }
        }

        Handling end(Instant at, Ending ending) {
            pause(at);
            Duration service = ending == Ending.NO_SHOW ? null : before;
            return new Handling(ticketId, officerId, start, waitedSince, service, ending);
        }
    }
}
