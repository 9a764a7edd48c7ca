package vn.motcua.queue;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.center.Centers;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.TicketRepository;

/** Calls a ticket to a counter: the next one by the center's rules, or one the officer chooses. */
@Service
public class CallNextTicket {

    private final CounterDesk desk;
    private final TicketRepository tickets;
    private final TicketPicking picking;
    private final TicketHistory history;
    private final Centers centers;
    private final CenterTime time;
    private final QueueWriter writer;
    private final QueueMetrics metrics;

    CallNextTicket(CounterDesk desk, TicketRepository tickets, TicketPicking picking, TicketHistory history,
            Centers centers, CenterTime time, QueueWriter writer, QueueMetrics metrics) {
        this.desk = desk;
        this.tickets = tickets;
        this.picking = picking;
        this.history = history;
        this.centers = centers;
        this.time = time;
        this.writer = writer;
        this.metrics = metrics;
    }

    /**
     * Finishes the ticket being served at the counter, if any, and calls the next; empty when nobody waits for it.
     * Refused while the current visitor is only called: they have not come, or their service was not started.
     */
    public Optional<Ticket> callNext(int counterNumber) {
        return metrics.timeCall(() -> writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Officer officer = desk.officerAt(counter);
            finishCurrent(counter, officer);
            return picking.next(counter, time.today(), centers.profile().getPriorityCallCap())
                    .map(id -> call(tickets.findById(id).orElseThrow(), counter, officer));
        }));
    }

    /** Calls a waiting ticket by its number, out of order (the officer's choice is on record). */
    public Ticket callChosen(int counterNumber, String ticketNumber) {
        return writer.write(() -> {
            Counter counter = desk.lock(counterNumber);
            Officer officer = desk.officerAt(counter);
            tickets.currentAt(counter.getId()).ifPresent(CallNextTicket::requireServed);
            // Locked first: a chosen ticket another counter is calling at this very moment is not called twice.
            Ticket chosen = tickets.waitingWithNumber(ticketNumber, time.today()).stream()
                    .filter(candidate -> picking.lock(candidate.getId()))
                    .findFirst()
                    .orElseThrow(() -> new Refusal("problem.ticket.not-waiting", "No waiting ticket " + ticketNumber));
            finishCurrent(counter, officer);
            return call(chosen, counter, officer);
        });
    }

    private void finishCurrent(Counter counter, Officer officer) {
        tickets.currentAt(counter.getId()).ifPresent(current -> {
            requireServed(current);
            current.finish(officer, time.now());
            history.record(current, TicketEventKind.FINISHED, TicketStatus.SERVING, null);
        });
    }

    /**
     * Calling on would finish a visitor who never came as served, skipping the recalls an absence needs: the officer
     * starts or finishes the service if they came, or recalls and marks them absent.
     */
    private static void requireServed(Ticket current) {
        if (current.getStatus() == TicketStatus.CALLED) {
            throw new Refusal("problem.ticket.called-not-served", "Ticket " + current.getNumber()
                    + " is only called: start or finish its service, or recall it and mark it absent, first");
        }
    }

    private Ticket call(Ticket ticket, Counter counter, Officer officer) {
        int rank = ticket.getQueueRank();
        ticket.call(counter, officer, time.now());
        counter.counted(rank);
        history.record(ticket, TicketEventKind.CALLED, TicketStatus.WAITING, null);
        return ticket;
    }
}
