package vn.motcua.simulation;

import java.time.Instant;

/**
 * How the simulated day gets from one moment to the next: the running demo waits for its accelerated clock to reach
 * the moment; a test sets its hand-moved clock there at once.
 */
@FunctionalInterface
public interface Pace {

    /** Returns once the application's clock shows {@code moment} (or later); false if the day must stop. */
    boolean reach(Instant moment);
}
