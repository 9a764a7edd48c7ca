package vn.motcua.counter;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Moves a rating pad on when nobody does: the rating window of a finished ticket closes, the reasons and the
 * thank-you screens give way to the next visitor. One pending step per pad; all pads share one daemon thread.
 */
final class PadTimer {

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pad-timer").daemon(true).factory());
    /** Never spin: a step due now or already past runs after this. */
    private static final long SHORTEST_MILLIS = 50;

    private ScheduledFuture<?> pending;
    /** Counts the steps replaced: a step already waiting for the UI's lock when replaced must not run. */
    private long generation;

    /** Replaces the pending step, if any; does nothing outside a UI (nothing would show the step). */
    void after(Duration delay, Runnable step) {
        stop();
        UI ui = UI.getCurrent();
        long mine = generation;
        if (ui != null) {
            pending = CLOCK.schedule(() -> ui.access(() -> {
                if (generation == mine) {
                    step.run();
                }
            }), Math.max(delay.toMillis(), SHORTEST_MILLIS), TimeUnit.MILLISECONDS);
        }
    }

    /** Called with the UI locked, as {@link #after} is and the steps run. */
    void stop() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
