package vn.motcua.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * One officer's part in one ticket, read from the ticket's history: from the call (or the walk-in, the second
 * service, taking back a held ticket, taking over a colleague's visitor) to the moment it left them. Each act names
 * the officer seated when it happened, so a ticket passed from one officer to another has a handling for each, and
 * each is credited with what they did. The one definition of "served" that the console, the boards and the
 * scorecards count: {@link #served()}.
 *
 * @param counterId the counter the handling happened at
 * @param waitedSince when the visitor's wait for this call started; null when they did not queue for it
 * @param serviceTime time with the visitor, holds left out; null unless the handling ended with the visitor served
 */
public record Handling(long ticketId, long officerId, Long counterId, Instant start, Instant waitedSince,
        Duration serviceTime, Ending ending) {

    /** How a handling ended. */
    public enum Ending {
        /** Finished by this officer. */
        SERVED,
        /** Sent by this officer to another service or counter after dealing with the visitor. */
        TRANSFERRED,
        /** Called and recalled, and the visitor did not come. */
        NO_SHOW,
        /** Another officer, seated at the counter later or resuming the held ticket, went on with the visitor. */
        HANDED_OVER,
        /** Still open at closing time, and carried to the next working day. */
        CARRIED_OVER,
        /** Still under way, or held. */
        OPEN
    }

    /** The visitor was served by this officer: finished by them, or served by them and then transferred. */
    public boolean served() {
        return ending == Ending.SERVED || ending == Ending.TRANSFERRED;
    }

    /**
     * The handlings in one ticket's history (events in order). {@code waitStart} turns the moment a ticket entered
     * its queue and the moment it was called into the start of the wait.
     */
    public static List<Handling> of(List<TicketEvent> history, BinaryOperator<Instant> waitStart) {
        List<Handling> handlings = new ArrayList<>();
        Instant queuedAt = null;
        Open open = null;
        for (TicketEvent event : history) {
            Instant at = event.getAt();
            switch (event.getKind()) {
                case ISSUED, RETURNED -> queuedAt = at;
                case CALLED -> {
                    open = new Open(event, at, queuedAt == null ? null : waitStart.apply(queuedAt, at));
                    queuedAt = null;
                }
                case WALK_IN, SECOND_SERVICE -> open = new Open(event, at, null);
                case RESUMED -> {
                    open = passedOn(handlings, open, event);
                    if (open == null) {
                        open = new Open(event, at, null);
                    } else {
                        open.activeSince = at;
                    }
                }
                case RECALLED -> open = passedOn(handlings, open, event);
                case SERVING -> {
                    open = passedOn(handlings, open, event);
                    if (open != null) {
                        open.activeSince = at;
                    }
                }
                case HELD -> {
                    open = passedOn(handlings, open, event);
                    if (open != null) {
                        open.pause(at);
                    }
                }
                case FINISHED -> open = close(handlings, passedOn(handlings, open, event), at, Ending.SERVED);
                case TRANSFERRED -> {
                    open = close(handlings, passedOn(handlings, open, event), at, Ending.TRANSFERRED);
                    queuedAt = at;
                }
                case NO_SHOW -> open = close(handlings, passedOn(handlings, open, event), at, Ending.NO_SHOW);
                case CARRIED_OVER -> {
                    // A ticket called or held at closing queues again, for the next working day.
                    queuedAt = open == null ? queuedAt : at;
                    open = close(handlings, open, at, Ending.CARRIED_OVER);
                }
            }
        }
        if (open != null) {
            handlings.add(open.end(null, Ending.OPEN));
        }
        return handlings;
    }

    /**
     * The open handling, or, when the act is by another officer than the one handling the ticket (they took the
     * counter over, or resumed a colleague's held ticket), the first one's handling ended and a new one for the
     * officer who acted, who goes on with the service as it stands.
     */
    private static Open passedOn(List<Handling> handlings, Open open, TicketEvent event) {
        if (open == null || event.getOfficerId() == null || event.getOfficerId() == open.officerId) {
            return open;
        }
        Open next = new Open(event, event.getAt(), null);
        next.before = open.before;
        next.activeSince = open.activeSince == null ? null : event.getAt();
        if (open.activeSince != null) {
            next.before = next.before.plus(Duration.between(open.activeSince, event.getAt()));
        }
        handlings.add(open.end(event.getAt(), Ending.HANDED_OVER));
        return next;
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
        private final long officerId;
        private final Long counterId;
        private final Instant start;
        private final Instant waitedSince;
        private Instant activeSince;
        private Duration before = Duration.ZERO;

        Open(TicketEvent opening, Instant start, Instant waitedSince) {
            this.ticketId = opening.getTicketId();
            this.officerId = opening.getOfficerId();
            this.counterId = opening.getCounterId();
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
            if (at != null) {
                pause(at);
            }
            Duration service = ending == Ending.SERVED || ending == Ending.TRANSFERRED ? before : null;
            return new Handling(ticketId, officerId, counterId, start, waitedSince, service, ending);
        }
    }
}
