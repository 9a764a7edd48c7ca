package vn.motcua.kiosk;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Brings a kiosk back to its start screen when nobody touches it: the next visitor must not find the last one's
 * ticket or language. One timer per kiosk screen; each touch restarts it. Runs on one shared daemon thread.
 */
final class IdleTimer {

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("kiosk-idle").daemon(true).factory());

    private ScheduledFuture<?> pending;

    void restart(UI ui, Duration after, Runnable backToStart) {
        stop();
        pending = CLOCK.schedule(() -> ui.access(backToStart::run), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
