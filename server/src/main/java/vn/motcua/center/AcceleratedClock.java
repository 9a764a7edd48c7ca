package vn.motcua.center;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs {@code speed} times faster than real time from a start instant: the simulated day's clock, so the
 * queue's waits, the rating window and the end-of-day jobs all see the simulated hours. Demo and training only.
 */
public final class AcceleratedClock extends Clock {

    private final Clock real;
    private final Instant startsAt;
    private final Instant realStart;
    private final int speed;

    public AcceleratedClock(Clock real, Instant startsAt, int speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("The clock's speed is a whole number of at least 1, not " + speed);
        }
        this.real = real;
        this.startsAt = startsAt;
        this.realStart = real.instant();
        this.speed = speed;
    }

    /** How many simulated seconds pass in one real second. */
    public int speed() {
        return speed;
    }

    /** The real time that passes until this clock shows {@code simulated}; zero once it is past. */
    public Duration realTimeUntil(Instant simulated) {
        Duration ahead = Duration.between(instant(), simulated);
        return ahead.isNegative() ? Duration.ZERO : ahead.dividedBy(speed);
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(realStart, real.instant());
        return startsAt.plus(elapsed.multipliedBy(speed));
    }

    @Override
    public ZoneId getZone() {
        return CenterTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The center's clock has one zone");
    }
}
