package vn.motcua.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The simulated day's clock: speed times real time from its start, and the demo's morning it starts at. */
class AcceleratedClockTest {

    static final Instant REAL = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant START = LocalDateTime.of(2026, 12, 2, 7, 20).atZone(CenterTime.ZONE).toInstant();

    @Test
    void thirtyTimesFasterAMinuteOfRealTimeIsHalfAnHour() {
        MovingClock real = new MovingClock(REAL);
        AcceleratedClock clock = new AcceleratedClock(real, START, 30);
        assertThat(clock.instant()).isEqualTo(START);

        real.now = REAL.plusSeconds(60);

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(clock.realTimeUntil(START.plus(Duration.ofMinutes(60)))).isEqualTo(Duration.ofSeconds(60));
        assertThat(clock.realTimeUntil(START)).isZero();
    }

    @Test
    void aSpeedBelowOneIsRefused() {
        assertThatThrownBy(() -> new AcceleratedClock(new MovingClock(REAL), START, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSimulationStartsBeforeOpeningOnTodayOrTheMondayAfterAWeekend() {
        assertThat(ClockConfig.simulationMorning(LocalDate.of(2026, 12, 2)))
                .isEqualTo(LocalDateTime.of(2026, 12, 2, 7, 20));
        assertThat(ClockConfig.simulationMorning(LocalDate.of(2026, 12, 5)))
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 7, 20));
    }

    @Test
    void theSimulationSwitchMakesTheApplicationsClockAccelerated() {
        Clock clock = new ClockConfig().clock("2026-12-02T08:00", true, 20);
        assertThat(clock).isInstanceOf(AcceleratedClock.class);
        assertThat(((AcceleratedClock) clock).speed()).isEqualTo(20);
        assertThat(Duration.between(LocalDateTime.of(2026, 12, 2, 8, 0).atZone(CenterTime.ZONE).toInstant(),
                clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(10));
        assertThat(new ClockConfig().clock("", false, 20)).isNotInstanceOf(AcceleratedClock.class);
    }

    /** A real clock the test moves. */
    private static final class MovingClock extends Clock {

        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
