package vn.motcua.devices.rs485;

import java.time.Duration;

/**
 * Settings of a bus of rating pads and caller keypads.
 *
 * @param ratingPoints      points of the rating scale: keys '1' .. '0'+points (2..9)
 * @param debounce          same key from the same address within this counts once; zero disables
 * @param interByteTimeout  a frame left unfinished this long is bad; zero disables
 */
public record KeyBusConfig(int ratingPoints, Duration debounce, Duration interByteTimeout) {

    /** 5-point scale, 300 ms debounce, 500 ms inter-byte timeout. */
    public static final KeyBusConfig DEFAULT = new KeyBusConfig(5, Duration.ofMillis(300), Duration.ofMillis(500));

    public KeyBusConfig {
        new KeyMap(ratingPoints);
        if (debounce.isNegative() || interByteTimeout.isNegative()) {
            throw new IllegalArgumentException("Durations must not be negative");
        }
    }

    /** The same settings with another debounce window. */
    public KeyBusConfig withDebounce(Duration window) {
        return new KeyBusConfig(ratingPoints, window, interByteTimeout);
    }
}
