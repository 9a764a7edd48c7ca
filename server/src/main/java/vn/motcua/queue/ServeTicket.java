package vn.motcua.queue;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.TicketRepository;

/** What an officer does with the ticket at their counter: recall, serve, finish, mark absent, hold, resume. */
@Service
public class ServeTicket {

    private final CounterDesk desk;
    private final TicketRepository tickets;
    private final TicketHistory history;
    private final ReasonWords words;
    private final Centers centers;
    private final CenterTime time;
    private final QueueWriter writer;

    ServeTicket(CounterDesk desk, TicketRepository tickets, TicketHistory history, ReasonWords words,
            Centers centers, CenterTime time, QueueWriter writer) {
        this.desk = desk;
        this.tickets = tickets;
        this.history = history;
        this.words = words;
        this.centers = centers;
        this.time = time;
        this.writer = writer;
    }

    /** Calls the visitor again (counted); past the center's limit the officer may mark them absent. */
    public Ticket recall(int counterNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Ticket ticket = desk.current(counter);
            ticket.recall(desk.officerAt(counter));
            history.record(ticket, TicketEventKind.RECALLED, TicketStatus.CALLED, words.recall(ticket.getRecalls()));
            return ticket;
        });
    }

    public Ticket startServing(int counterNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Ticket ticket = desk.current(counter);
            ticket.startServing(desk.officerAt(counter), time.now());
            history.record(ticket, TicketEventKind.SERVING, TicketStatus.CALLED, null);
            return ticket;
        });
    }

    public Ticket finish(int counterNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Ticket ticket = desk.current(counter);
            TicketStatus from = ticket.getStatus();
            ticket.finish(desk.officerAt(counter), time.now());
            history.record(ticket, TicketEventKind.FINISHED, from, null);
            return ticket;
        });
    }

    /** Marks the called visitor absent, once they were recalled as often as the center requires. */
    public Ticket noShow(int counterNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Ticket ticket = desk.current(counter);
            int required = centers.profile().getRecallsBeforeNoShow();
            if (ticket.getStatus() == TicketStatus.CALLED && ticket.getRecalls() < required) {
                throw new Refusal("problem.ticket.recall-first", "Ticket " + ticket.getNumber() + " was recalled "
                        + ticket.getRecalls() + " of " + required + " times required before marking it absent");
            }
            ticket.markNoShow(desk.officerAt(counter), time.now());
            history.record(ticket, TicketEventKind.NO_SHOW, TicketStatus.CALLED, null);
            return ticket;
        });
    }

    /** Puts the current ticket aside with a comment (the visitor fetches a missing paper). */
    public Ticket hold(int counterNumber, String comment) {
        return writer.write(() -> {
            if (comment == null || comment.isBlank() || comment.strip().length() > FreeText.MAX) {
                throw new Refusal("problem.ticket.hold-comment", "A hold needs a comment of at most " + FreeText.MAX
                        + " characters");
            }
            Counter counter = desk.lock(counterNumber);
            Ticket ticket = desk.current(counter);
            TicketStatus from = ticket.getStatus();
            ticket.hold(desk.officerAt(counter), comment.strip());
            history.record(ticket, TicketEventKind.HELD, from, comment.strip());
            return ticket;
        });
    }

    /** Resumes a ticket held at this counter (the most recent one when no number is given). */
    public Ticket resume(int counterNumber, Optional<String> ticketNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            if (tickets.currentAt(counter.getId()).isPresent()) {
                throw new Refusal("problem.counter.busy", "Counter " + counterNumber + " is serving another ticket");
            }
            Ticket held = tickets.heldAt(counter.getId()).stream()
                    .filter(t -> ticketNumber.map(t.getNumber()::equals).orElse(true))
                    .findFirst()
                    .orElseThrow(() -> new Refusal("problem.ticket.not-held",
                            "No held ticket " + ticketNumber.orElse("") + " at counter " + counterNumber));
            held.resume(counter, desk.officerAt(counter), time.now());
            history.record(held, TicketEventKind.RESUMED, TicketStatus.HELD, null);
            return held;
        });
    }
}
