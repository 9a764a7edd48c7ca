package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.IntSupplier;

/** What the screen above a counter needs; the server implements it. */
public interface CounterDisplayPort {

    /** What counter n shows now; empty for a counter the center does not have. */
    Optional<CounterShown> shown(int counterNumber);

    /** Runs {@code refresh} under the view's UI, while it is attached, after each change that concerns its counter. */
    void follow(Component view, IntSupplier counterNumber, Runnable refresh);

    /** The officer seated at the counter (empty while it is closed) and the ticket called or served there. */
    record CounterShown(Optional<String> seatedOfficer, Optional<CalledTicket> current) {
    }
}
