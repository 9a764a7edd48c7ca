package vn.motcua.screens.counter;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.counter.CounterDisplayPort;
import vn.motcua.live.LiveUpdates;
import vn.motcua.officer.Officer;
import vn.motcua.queue.Counters;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueSnapshot;

/** The counter display's view of the application: who sits at counter n and what is called there. */
@org.springframework.stereotype.Component
class CounterDisplayScreen implements CounterDisplayPort {

    private final Counters counters;
    private final QueueSnapshot snapshot;
    private final LiveUpdates live;

    CounterDisplayScreen(Counters counters, QueueSnapshot snapshot, LiveUpdates live) {
        this.counters = counters;
        this.snapshot = snapshot;
        this.live = live;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CounterShown> shown(int counterNumber) {
        return counters.find(counterNumber).map(counter -> new CounterShown(
                Optional.ofNullable(counter.getCurrentOfficer()).map(Officer::getFullName),
                snapshot.servingAt(counter).map(CalledTickets::of)));
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        live.redrawWhileAttached(view, QueueEvent.class, event -> event.concerns(counterNumber.getAsInt()), refresh);
    }
}
