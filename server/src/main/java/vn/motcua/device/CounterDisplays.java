package vn.motcua.device;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.devices.rs485.DisplayBus;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;

/** Keeps the LED board above each counter in step with the queue: the number called blinks, then stays. */
@Component
class CounterDisplays {

    private final DisplayBus displays;
    private final DeviceSettings settings;

    CounterDisplays(DisplayBus displays, DeviceSettings settings) {
        this.displays = displays;
        this.settings = settings;
    }

    @TransactionalEventListener
    void called(TicketCalled called) {
        displays.display(settings.address(called.counterNumber())).call(called.number());
    }

    @TransactionalEventListener
    void changed(TicketChanged changed) {
        if (changed.counterNumber() == null) {
            return;
        }
        var display = displays.display(settings.address(changed.counterNumber()));
        switch (changed.kind()) {
            case FINISHED, NO_SHOW, HELD, TRANSFERRED -> display.clear();
            case SERVING, RESUMED, WALK_IN, SECOND_SERVICE -> display.show(changed.number());
            default -> {
            }
        }
    }
}
