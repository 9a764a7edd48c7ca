package vn.motcua.devices.rs485;

import java.time.Duration;

/**
 * Settings of one display bus.
 *
 * @param width          characters per display; text is cut or space-padded to exactly this
 * @param frameGap       silence kept between two frames on the bus, so a board can take its frame in
 * @param blinks         how many times a new call is blinked (the text is blanked and shown again)
 * @param blinkInterval  time between the frames of a blink
 * @param probeInterval  how often an idle or lost link is checked: a bus that only writes would otherwise
 *                       notice a lost port only at its next frame, and a returned one never
 */
public record DisplayConfig(int width, Duration frameGap, int blinks, Duration blinkInterval, Duration probeInterval) {

    /** 16 characters, 50 ms gap, a call blinks 3 times at 400 ms, link checked every 250 ms. */
    public static final DisplayConfig DEFAULT =
            new DisplayConfig(16, Duration.ofMillis(50), 3, Duration.ofMillis(400), Duration.ofMillis(250));

    public DisplayConfig {
        if (width < 1 || blinks < 0 || frameGap.isNegative() || blinkInterval.isNegative()
                || probeInterval.isNegative() || probeInterval.isZero()) {
            throw new IllegalArgumentException("Invalid display config");
        }
    }

    /** The same settings with another width. */
    public DisplayConfig withWidth(int newWidth) {
        return new DisplayConfig(newWidth, frameGap, blinks, blinkInterval, probeInterval);
    }
}
