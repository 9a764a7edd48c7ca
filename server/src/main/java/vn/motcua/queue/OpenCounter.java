package vn.motcua.queue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.officer.Officer;
import vn.motcua.officer.OfficerRepository;
import vn.motcua.queue.QueueEvents.CounterOpened;

/** Seats an officer at a counter: what the counter calls from now on is attributed to them. */
@Service
public class OpenCounter {

    private final CounterRepository counters;
    private final OfficerRepository officers;
    private final ApplicationEventPublisher events;

    OpenCounter(CounterRepository counters, OfficerRepository officers, ApplicationEventPublisher events) {
        this.counters = counters;
        this.officers = officers;
        this.events = events;
    }

    @Transactional
    public Counter open(int counterNumber, long officerId) {
        Counter counter = counters.findByNumber(counterNumber)
                .orElseThrow(() -> new QueueProblem("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Officer officer = officers.findById(officerId)
                .orElseThrow(() -> new QueueProblem("problem.officer.unknown", "Unknown officer: " + officerId));
        counter.seat(officer);
        events.publishEvent(new CounterOpened(counterNumber, officerId));
        return counter;
    }
}
