package vn.motcua.center;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: the system clock, or, for a demo or a training session at any hour, one that starts at
 * the local time given by {@code motcua.clock.start} (e.g. 2026-12-02T08:30) and runs on from there, so the demo
 * center is open. Tests replace it with a clock they move by hand.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${motcua.clock.start:}") String start) {
        Clock system = Clock.systemUTC();
        if (start.isBlank()) {
            return system;
        }
        Instant startsAt = parse(start.strip()).atZone(CenterTime.ZONE).toInstant();
        log.warn("The application's clock starts at {} (center time) instead of the real time: for demos and"
                + " training only", start.strip());
        return Clock.offset(system, Duration.between(system.instant(), startsAt));
    }

    private static LocalDateTime parse(String start) {
        try {
            return LocalDateTime.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("motcua.clock.start must be a local date and time such as"
                    + " 2026-12-02T08:30, not '" + start + "'", e);
        }
    }
}
