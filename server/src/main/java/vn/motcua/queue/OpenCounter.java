package vn.motcua.queue;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.CounterSession.ClosedReason;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.internal.CounterRepository;
import vn.motcua.queue.internal.CounterSessionRepository;

/**
 * Seats an officer at a counter and closes their seat: what the counter does in between is attributed to them.
 * One officer per counter and one counter per officer; every change is a session row and an audit record, so a
 * change of officer mid-day is on the record.
 */
@Service
public class OpenCounter {

    private final CounterRepository counters;
    private final Officers officers;
    private final CounterSessionRepository sessions;
    private final AuditTrail audit;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    OpenCounter(CounterRepository counters, Officers officers, CounterSessionRepository sessions,
            AuditTrail audit, CenterTime time, ApplicationEventPublisher events) {
        this.counters = counters;
        this.officers = officers;
        this.sessions = sessions;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    @Transactional
    public Counter open(int counterNumber, long officerId, Actor by) {
        Counter counter = counters.lockByNumber(counterNumber)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Officer officer = officers.find(officerId)
                .orElseThrow(() -> new Refusal("problem.officer.unknown", "Unknown officer: " + officerId));
        boolean alreadyThere = sessions.findByCounterIdAndClosedAtIsNull(counter.getId()).stream()
                .anyMatch(open -> open.getOfficerId() == officerId);
        if (!alreadyThere) {
            for (CounterSession elsewhere : sessions.findByOfficerIdAndClosedAtIsNull(officerId)) {
                closeSession(elsewhere, ClosedReason.MOVED, by);
            }
            for (CounterSession other : sessions.findByCounterIdAndClosedAtIsNull(counter.getId())) {
                closeSession(other, ClosedReason.TAKEN_OVER, by);
            }
            sessions.save(new CounterSession(counter.getId(), officerId, time.now()));
            audit.record(by, AuditAction.COUNTER_OPENED, "counter " + counterNumber,
                    officer.getCode() + " " + officer.getFullName());
        }
        counter.seat(officer);
        events.publishEvent(new CounterOpened(counterNumber, officerId));
        return counter;
    }

    /** The officer leaves the counter: nothing more is attributed to them there, and the counter shows closed. */
    @Transactional
    public Counter close(int counterNumber, Actor by) {
        Counter counter = counters.lockByNumber(counterNumber)
                .orElseThrow(() -> new Refusal("problem.counter.unknown", "Unknown counter: " + counterNumber));
        Officer leaving = counter.getCurrentOfficer();
        for (CounterSession open : sessions.findByCounterIdAndClosedAtIsNull(counter.getId())) {
            open.close(time.now(), ClosedReason.SIGNED_OUT);
        }
        if (leaving != null) {
            audit.record(by, AuditAction.COUNTER_CLOSED, "counter " + counterNumber,
                    leaving.getCode() + " " + ClosedReason.SIGNED_OUT);
        }
        counter.seat(null);
        events.publishEvent(new CounterClosed(counterNumber));
        return counter;
    }

    /** The closing job ends a session still open at closing time: the counter shows closed until someone opens it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeAtEndOfDay(CounterSession session, Instant at) {
        session.close(at, ClosedReason.DAY_CLOSED);
        Counter counter = counters.findById(session.getCounterId()).orElseThrow();
        Officer seated = counter.getCurrentOfficer();
        if (seated != null && seated.getId() == session.getOfficerId()) {
            counter.seat(null);
        }
        audit.record(Actor.SYSTEM, AuditAction.COUNTER_CLOSED, "counter " + counter.getNumber(),
                "officer #" + session.getOfficerId() + " " + ClosedReason.DAY_CLOSED);
        events.publishEvent(new CounterClosed(counter.getNumber()));
    }

    /**
     * Unseats the officers seated with no session on record (seated before sessions were kept, or by the demo's
     * data), so that no counter shows as open after closing; returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int unseatWithoutSession() {
        int unseated = 0;
        for (Counter counter : counters.findAll()) {
            Officer seated = counter.getCurrentOfficer();
            if (seated != null && sessions.findByCounterIdAndClosedAtIsNull(counter.getId()).isEmpty()) {
                counter.seat(null);
                audit.record(Actor.SYSTEM, AuditAction.COUNTER_CLOSED, "counter " + counter.getNumber(),
                        "officer #" + seated.getId() + " " + ClosedReason.DAY_CLOSED);
                events.publishEvent(new CounterClosed(counter.getNumber()));
                unseated++;
            }
        }
        return unseated;
    }

    private void closeSession(CounterSession session, ClosedReason reason, Actor by) {
        session.close(time.now(), reason);
        Counter counter = counters.findById(session.getCounterId()).orElseThrow();
        if (reason == ClosedReason.MOVED) {
            counter.seat(null);
        }
        audit.record(by, AuditAction.COUNTER_CLOSED, "counter " + counter.getNumber(),
                "officer #" + session.getOfficerId() + " " + reason);
    }
}
