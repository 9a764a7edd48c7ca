package vn.motcua.simulation;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.center.AcceleratedClock;
import vn.motcua.center.CenterTime;

/**
 * Plays simulated days at the demo center while the application runs with {@code motcua.simulation.enabled=true}:
 * today's (from the accelerated clock), then each next working day. Refuses to start with the production profile or
 * without the demo data: a real center's queue must never fill with invented visitors.
 */
@Component
@ConditionalOnProperty(name = "motcua.simulation.enabled", havingValue = "true")
class SimulationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final SimulatedDay simulatedDay;
    private final WorkingCalendar calendar;
    private final CenterTime time;
    private final Clock clock;
    private final long seed;
    private final int visitors;
    private volatile boolean running = true;
    private Thread player;

    SimulationRunner(SimulatedDay simulatedDay, WorkingCalendar calendar, CenterTime time, Clock clock,
            Environment environment, @Value("${motcua.demo.enabled:false}") boolean demo,
            @Value("${motcua.simulation.seed:7}") long seed, @Value("${motcua.simulation.visitors:180}") int visitors) {
        if (environment.acceptsProfiles(Profiles.of("production")) || !demo) {
            throw new IllegalStateException("motcua.simulation.enabled=true plays invented visitors: it runs only on"
                    + " the demo center (motcua.demo.enabled=true), never with the production profile");
        }
        this.simulatedDay = simulatedDay;
        this.calendar = calendar;
        this.time = time;
        this.clock = clock;
        this.seed = seed;
        this.visitors = visitors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        player = Thread.ofPlatform().daemon().name("simulated-day").start(this::playDays);
    }

    void stop() {
        running = false;
        if (player != null) {
            player.interrupt();
        }
    }

    @PreDestroy
    void close() {
        stop();
    }

    private void playDays() {
        LocalDate day = time.today();
        while (running) {
            if (calendar.isWorkingDay(day) && time.now().isBefore(calendar.closingTime(day).orElseThrow())) {
                try {
                    simulatedDay.play(day, seed, visitors, LocalTime.MAX, this::reach);
                } catch (RuntimeException failed) {
                    log.warn("The simulated day {} stopped", day, failed);
                }
            }
            day = calendar.nextWorkingDay(day);
            Instant opening = calendar.openingTime(day).orElseThrow();
            log.info("Simulated day: the next one is {}, the clock gets there in {}", day,
                    realTimeUntil(opening.minusSeconds(600)));
            if (!reach(opening.minusSeconds(600))) {
                return;
            }
        }
    }

    /** Waits until the application's clock shows the moment; false once the application stops. */
    private boolean reach(Instant moment) {
        while (running) {
            Duration wait = realTimeUntil(moment);
            if (wait.isZero() || wait.isNegative()) {
                return true;
            }
            try {
                Thread.sleep(Math.clamp(wait.toMillis(), 1, 1000));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private Duration realTimeUntil(Instant moment) {
        if (clock instanceof AcceleratedClock accelerated) {
            return accelerated.realTimeUntil(moment);
        }
        return Duration.between(clock.instant(), moment);
    }
}
