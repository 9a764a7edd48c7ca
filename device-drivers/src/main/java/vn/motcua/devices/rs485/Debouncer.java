package vn.motcua.devices.rs485;

import java.util.HashMap;
import java.util.Map;

/**
 * Lets a press through unless the same address sent the same key less than the window ago. The window
 * runs from the last press seen, dropped ones included, so a bouncing or held key counts once.
 */
public final class Debouncer {

    private record LastPress(int key, long nanos) {}

    private final long windowNanos;
    private final Map<Integer, LastPress> last = new HashMap<>();

    /** A window of {@code windowNanos}; 0 lets every press through. */
    public Debouncer(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** Whether the press of {@code key} at {@code nanos} (System.nanoTime) counts. */
    public boolean accept(int address, int key, long nanos) {
        LastPress previous = last.put(address, new LastPress(key, nanos));
        return previous == null || previous.key != key || nanos - previous.nanos >= windowNanos;
    }
}
