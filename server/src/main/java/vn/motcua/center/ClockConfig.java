package vn.motcua.center;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * center is open. With {@code motcua.simulation.enabled} it runs {@code motcua.simulation.speed} times faster (from
 * that start, or from 07:20 of today, a weekend's Monday), so a simulated day plays in minutes. Tests replace it with
 * a clock they move by hand.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${motcua.clock.start:}") String start,
            @Value("${motcua.simulation.enabled:false}") boolean simulated,
            @Value("${motcua.simulation.speed:30}") int speed) {
        Clock system = Clock.systemUTC();
        if (simulated) {
            LocalDateTime from = start.isBlank() ? simulationMorning(LocalDate.now(system.withZone(CenterTime.ZONE)))
                    : parse(start.strip());
            log.warn("Simulated day: the application's clock starts at {} (center time) and runs {} times faster than"
                    + " real time: for demos and training only", from, speed);
            return new AcceleratedClock(system, from.atZone(CenterTime.ZONE).toInstant(), speed);
        }
        if (start.isBlank()) {
            return system;
        }
        Instant startsAt = parse(start.strip()).atZone(CenterTime.ZONE).toInstant();
        log.warn("The application's clock starts at {} (center time) instead of the real time: for demos and"
                + " training only", start.strip());
        return Clock.offset(system, Duration.between(system.instant(), startsAt));
    }

    /** Just before the demo center opens, on today or, at a weekend, on the Monday after. */
    static LocalDateTime simulationMorning(LocalDate today) {
        LocalDate day = today;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(7, 20);
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
