package vn.motcua.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A demo started with motcua.clock.start runs the center's day from that local time on, at any real hour. */
class DemoClockTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockConfig.class);

    @Test
    void theClockStartsAtTheGivenLocalTimeAndRunsOn() throws InterruptedException {
        context.withPropertyValues("motcua.clock.start=2026-12-02T08:30").run(started -> {
            Clock clock = started.getBean(Clock.class);
            Instant expected = LocalDateTime.of(2026, 12, 2, 8, 30).atZone(CenterTime.ZONE).toInstant();
            Instant first = clock.instant();
            assertThat(Duration.between(expected, first).abs()).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(1_100);
            assertThat(Duration.between(first, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(new CenterTime(clock).today()).hasToString("2026-12-02");
        });
    }

    @Test
    void withoutTheSettingTheRealClockRules() {
        context.run(started -> assertThat(Duration.between(Instant.now(), started.getBean(Clock.class).instant())
                .abs()).isLessThan(Duration.ofSeconds(5)));
    }

    @Test
    void aStartThatIsNotALocalTimeStopsTheStartWithAClearMessage() {
        context.withPropertyValues("motcua.clock.start=tomorrow 8h30").run(started -> assertThat(started)
                .getFailure().hasStackTraceContaining("motcua.clock.start must be a local date and time"));
    }
}
