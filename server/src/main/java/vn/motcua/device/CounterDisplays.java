package vn.motcua.device;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.devices.rs485.CounterDisplay;
import vn.motcua.devices.rs485.DisplayBus;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueSnapshot;

/** Keeps the LED board above each counter in step with the queue: the number called blinks, then stays. */
@Component
class CounterDisplays {

    private static final Logger log = LoggerFactory.getLogger(CounterDisplays.class);

    private final DisplayBus displays;
    private final DeviceMap map;
    private final Counters counters;
    private final QueueSnapshot queue;

    CounterDisplays(DisplayBus displays, DeviceMap map, Counters counters, QueueSnapshot queue) {
        this.displays = displays;
        this.map = map;
        this.counters = counters;
        this.queue = queue;
    }

    /**
     * At start every board gets what its counter is doing now: a board keeps its last frame through a restart,
     * which may be stale, and the bus resends after a reconnect only the text it was given since start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void showWhatEachCounterIsDoing() {
        for (Counter counter : counters.all()) {
            board(counter.getNumber()).ifPresent(board -> queue.servingAt(counter)
                    .ifPresentOrElse(ticket -> board.show(ticket.getNumber()), board::clear));
        }
    }

    @TransactionalEventListener
    void called(TicketCalled called) {
        board(called.counterNumber()).ifPresent(board -> board.call(called.number()));
    }

    @TransactionalEventListener
    void changed(TicketChanged changed) {
        if (changed.counterNumber() == null) {
            return;
        }
        board(changed.counterNumber()).ifPresent(board -> {
            switch (changed.kind()) {
                case FINISHED, NO_SHOW, HELD, TRANSFERRED -> board.clear();
                case SERVING, RESUMED, WALK_IN, SECOND_SERVICE -> board.show(changed.number());
                default -> {
                }
            }
        });
    }

    // Read on every frame: an address changed on the device map applies to the next number called.
    private Optional<CounterDisplay> board(int counterNumber) {
        Optional<Integer> address = map.address(DeviceKind.COUNTER_DISPLAY, counterNumber);
        if (address.isEmpty()) {
            log.debug("Counter {} has no LED board on the device map", counterNumber);
        }
        return address.map(displays::display);
    }
}
