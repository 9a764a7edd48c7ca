package vn.motcua.device;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.devices.rs485.KeyEvent;
import vn.motcua.devices.rs485.KeypadPressed;
import vn.motcua.devices.rs485.PadPressed;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;
import vn.motcua.i18n.Refusal;

/**
 * Turns a key pressed on a counter's pad or keypad into what the citizen or the officer meant: a rating of the
 * ticket just served there, or a counter operation attributed to the officer seated there.
 */
@Component
public class KeyPresses {

    private static final Logger log = LoggerFactory.getLogger(KeyPresses.class);

    private final DeviceMap map;
    private final GiveRating giveRating;
    private final CallNextTicket callNext;
    private final ServeTicket serve;
    private final AtomicLong refused = new AtomicLong();

    KeyPresses(DeviceMap map, GiveRating giveRating, CallNextTicket callNext, ServeTicket serve) {
        this.map = map;
        this.giveRating = giveRating;
        this.callNext = callNext;
        this.serve = serve;
    }

    void handle(KeyEvent event) {
        DeviceKind kind = event instanceof PadPressed ? DeviceKind.RATING_PAD : DeviceKind.CALLER_KEYPAD;
        Integer mapped = map.counterAt(kind, event.address()).orElse(null);
        if (mapped == null) {
            // A device the map does not know (a new pad not yet entered, a wrong DIP switch): counted, not guessed.
            refused.incrementAndGet();
            log.info("Key press from bus address {} refused: no {} there on the device map", event.address(), kind);
            return;
        }
        int counter = mapped;
        try {
            switch (event) {
                // Button 1 is the leftmost, the best face of the center's scale, as on the web pad and its keys.
                case PadPressed pad -> giveRating.rateWithKey(counter, pad.score());
                case KeypadPressed keypad -> {
                    switch (keypad.command()) {
                        case CALL_NEXT -> callNext.callNext(counter);
                        case RECALL -> serve.recall(counter);
                        case NO_SHOW -> serve.noShow(counter);
                        case FINISH -> serve.finish(counter);
                    }
                }
            }
        } catch (Refusal problem) {
            // A press the queue cannot honour (nothing to rate, nobody called) changes nothing; it is counted.
            refused.incrementAndGet();
            log.info("Key press at counter {} refused: {}", counter, problem.getMessage());
        }
    }

    /** Presses the queue refused since start-up, for the devices screen. */
    public long refused() {
        return refused.get();
    }
}
