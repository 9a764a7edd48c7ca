package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/** A counter display port that shows what the test set up for each counter. */
class FakeCounterDisplayPort implements CounterDisplayPort {

    final Map<Integer, CounterShown> counters = new HashMap<>();
    IntSupplier followed;
    Runnable refresh;

    @Override
    public Optional<CounterShown> shown(int counterNumber) {
        return Optional.ofNullable(counters.get(counterNumber));
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        this.followed = counterNumber;
        this.refresh = refresh;
    }
}
