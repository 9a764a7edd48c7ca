package vn.motcua.devices.rs485;

import java.time.Duration;

/** Reopen delays: {@code initial}, doubling after each failed attempt, never above {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /**
     * 100 ms doubling to 500 ms: a port that comes back is reopened within about half a second, leaving the
     * rest of the promised 2 s for the LED boards' frames; trying to open a missing port costs next to nothing.
     */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Need 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The delay after {@code previous} failed too. */
    public Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
