package vn.motcua.queue;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.i18n.Refusal;

/**
 * What an officer does at a counter, for the console and the API alike, with the seat rules checked here once: an
 * officer opens a counter only for themselves, and only the officer seated at a counter works it, so the record
 * names who really did it. (The hardware keypad needs no caller: it acts for whoever is seated at its counter.)
 */
@Service
public class CounterWork {

    private final Counters counters;
    private final OpenCounter openCounter;
    private final CallNextTicket callNext;
    private final ServeTicket serve;
    private final RouteTicket route;
    private final IssueTicket issue;

    CounterWork(Counters counters, OpenCounter openCounter, CallNextTicket callNext, ServeTicket serve,
            RouteTicket route, IssueTicket issue) {
        this.counters = counters;
        this.openCounter = openCounter;
        this.callNext = callNext;
        this.serve = serve;
        this.route = route;
        this.issue = issue;
    }

    /** The caller's seat at this counter; refused unless they are the officer seated there now. */
    @Transactional(readOnly = true)
    public Seat seat(int counterNumber, Caller caller) {
        long officerId = caller.officer();
        Counter counter = counters.find(counterNumber).orElseThrow(
                () -> new Refusal("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Long seated = counter.getCurrentOfficer() == null ? null : counter.getCurrentOfficer().getId();
        if (!Objects.equals(seated, officerId)) {
            throw new Refusal("problem.counter.not-seated",
                    "Officer #" + officerId + " is not seated at counter " + counterNumber);
        }
        return new Seat(counterNumber, caller);
    }

    /** Seats the caller at a counter; nobody opens a counter in a colleague's name. */
    public Counter open(int counterNumber, long officerId, Caller caller) {
        if (officerId != caller.officer()) {
            throw new Refusal("problem.counter.not-seated", "An officer opens a counter only for themselves");
        }
        return openCounter.open(counterNumber, officerId, caller.actor());
    }

    /** The seated officer leaves the counter. */
    public Counter close(Seat seat) {
        return openCounter.close(seat.counterNumber(), seat.caller().actor());
    }

    /** Finishes the ticket being served, if any, and calls the next; empty when nobody waits for this counter. */
    public Optional<Ticket> callNext(Seat seat) {
        return callNext.callNext(seat.counterNumber());
    }

    public Ticket callChosen(Seat seat, String ticketNumber) {
        return callNext.callChosen(seat.counterNumber(), ticketNumber);
    }

    public Ticket recall(Seat seat) {
        return serve.recall(seat.counterNumber());
    }

    public Ticket startServing(Seat seat) {
        return serve.startServing(seat.counterNumber());
    }

    public Ticket finish(Seat seat) {
        return serve.finish(seat.counterNumber());
    }

    public Ticket noShow(Seat seat) {
        return serve.noShow(seat.counterNumber());
    }

    public Ticket hold(Seat seat, String comment) {
        return serve.hold(seat.counterNumber(), comment);
    }

    /** Takes back the named held ticket, or the one put aside last. */
    public Ticket resume(Seat seat, Optional<String> ticketNumber) {
        return serve.resume(seat.counterNumber(), ticketNumber);
    }

    /** Sends the current ticket to the front of another service's queue, or of one counter's, or both. */
    public Ticket transfer(Seat seat, String toServiceCode, Integer toCounterNumber, String reason) {
        return route.transfer(seat.counterNumber(), toServiceCode, toCounterNumber, reason);
    }

    public Ticket walkIn(Seat seat, String serviceCode) {
        return issue.serveWalkIn(seat.counterNumber(), serviceCode);
    }

    public Ticket secondService(Seat seat, String serviceCode) {
        return route.secondService(seat.counterNumber(), serviceCode);
    }
}
