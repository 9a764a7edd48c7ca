package vn.motcua.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.queue.internal.TicketEventRepository;

/**
 * Who handled which ticket, read from the tickets' histories (see {@link Handling}): the console's figures of the
 * day, the boards' counters and the scorecards all count from here, so they agree.
 */
@Service
@Transactional(readOnly = true)
public class Handlings {

    private final TicketEventRepository events;

    Handlings(TicketEventRepository events) {
        this.events = events;
    }

    /** An officer's handlings that started in a period; {@code waitStart} as in {@link Handling#of}. */
    public List<Handling> ofOfficer(long officerId, Instant from, Instant to, BinaryOperator<Instant> waitStart) {
        return read(events.historiesActedOnBy(officerId, from, to), waitStart).stream()
                .filter(handling -> handling.officerId() == officerId && within(handling, from, to))
                .toList();
    }

    /** Every officer's handlings served in a period, at whatever counter. */
    public List<Handling> servedAtCounters(Instant from, Instant to) {
        return read(events.historiesEndedAtCounters(from, to), (queuedAt, calledAt) -> queuedAt).stream()
                .filter(handling -> handling.served() && within(handling, from, to))
                .toList();
    }

    private static boolean within(Handling handling, Instant from, Instant to) {
        return !handling.start().isBefore(from) && handling.start().isBefore(to);
    }

    /** Cuts the events, ordered by ticket, into each ticket's history and reads its handlings. */
    private static List<Handling> read(List<TicketEvent> ordered, BinaryOperator<Instant> waitStart) {
        List<Handling> handlings = new ArrayList<>();
        List<TicketEvent> ticket = new ArrayList<>();
        for (TicketEvent event : ordered) {
            if (!ticket.isEmpty() && ticket.getFirst().getTicketId() != event.getTicketId()) {
                handlings.addAll(Handling.of(ticket, waitStart));
                ticket.clear();
            }
            ticket.add(event);
        }
        handlings.addAll(Handling.of(ticket, waitStart));
        return handlings;
    }
}
