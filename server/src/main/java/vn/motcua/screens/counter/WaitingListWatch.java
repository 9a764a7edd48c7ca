package vn.motcua.screens.counter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import vn.motcua.queue.Counters;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;
import vn.motcua.queue.TicketEventKind;

/**
 * The queue events that can change what a console shows: anything at its own counter, and tickets of the services
 * the counter serves (a new ticket, one called elsewhere); a transfer always, as it may be sent to this counter by
 * name. A center's counters serve different services, so most calls at other counters leave a console asleep.
 */
final class WaitingListWatch implements Predicate<QueueEvent> {

    private final IntSupplier counterNumber;
    private final Counters counters;
    /** Read once per counter the console shows: the services a counter serves change only when it is set up. */
    private final Map<Integer, List<Long>> served = new HashMap<>();

    WaitingListWatch(IntSupplier counterNumber, Counters counters) {
        this.counterNumber = counterNumber;
        this.counters = counters;
    }

    @Override
    public boolean test(QueueEvent event) {
        int counter = counterNumber.getAsInt();
        return switch (event) {
            case TicketIssued issued -> serves(counter, issued.serviceId());
            case TicketCalled called -> called.concerns(counter) || serves(counter, called.serviceId());
            case TicketChanged changed -> changed.concerns(counter) || changed.kind() == TicketEventKind.TRANSFERRED
                    || serves(counter, changed.serviceId());
            case CounterOpened opened -> opened.concerns(counter);
            case CounterClosed closed -> closed.concerns(counter);
        };
    }

    private boolean serves(int counter, long serviceId) {
        return served.computeIfAbsent(counter,
                number -> counters.find(number).map(counters::servedServiceIds).orElse(List.of())).contains(serviceId);
    }
}
