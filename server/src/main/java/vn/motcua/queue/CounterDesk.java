package vn.motcua.queue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.officer.Officer;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.queue.internal.TicketRepository;

/** What every counter operation starts with: the counter (locked), its officer, its current ticket. */
@Component
class CounterDesk {

    private final CounterRepository counters;
    private final TicketRepository tickets;

    CounterDesk(CounterRepository counters, TicketRepository tickets) {
        this.counters = counters;
        this.tickets = tickets;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Counter lock(int number) {
        return counters.lockByNumber(number)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "Unknown counter: " + number));
    }

    Officer officerAt(Counter counter) {
        Officer officer = counter.getCurrentOfficer();
        if (officer == null) {
            throw new Refusal("problem.counter.closed", "Counter " + counter.getNumber() + " has no officer signed in");
        }
        return officer;
    }

    Ticket current(Counter counter) {
        return tickets.currentAt(counter.getId()).orElseThrow(() -> new Refusal("problem.counter.idle",
                "Counter " + counter.getNumber() + " is not serving any ticket"));
    }
}
