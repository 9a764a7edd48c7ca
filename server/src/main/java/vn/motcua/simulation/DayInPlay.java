package vn.motcua.simulation;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One simulated day while it plays: what is planned next, the counts so far, which visitor holds which ticket (a
 * transferred ticket keeps its visitor), and the seeded chance behind the officers' small delays.
 */
final class DayInPlay {

    final HallServices hall;
    final Agenda agenda = new Agenda();
    final Tally tally = new Tally();
    final Random random;
    /** Officers call no one after this: the end of the day's rule takes over the rest. */
    final Instant lastCall;
    private final Map<Long, Visitor> visitorsByTicket = new HashMap<>();
    private final Set<Long> transferred = new HashSet<>();

    DayInPlay(HallServices hall, long seed, Instant lastCall) {
        this.hall = hall;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.lastCall = lastCall;
    }

    void holds(long ticketId, Visitor visitor) {
        visitorsByTicket.put(ticketId, visitor);
    }

    /** The visitor holding the ticket; someone who took a ticket at a real kiosk during the demo comes as planned. */
    Visitor visitorOf(long ticketId) {
        return visitorsByTicket.get(ticketId);
    }

    /** Whether this ticket was sent on once already: its visitor comes and is served at the second counter. */
    boolean wasTransferred(long ticketId) {
        return transferred.contains(ticketId);
    }

    void markTransferred(long ticketId) {
        transferred.add(ticketId);
    }

    /** A few seconds to a few minutes: how long a press or a walk to the counter takes. */
    long seconds(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
