package vn.motcua.screens.report;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.motcua.center.CenterTime;
import vn.motcua.live.LiveUpdates;

/**
 * A beat every second for the boards: waits and idle times grow, and the wall TV turns its pages, without anything
 * happening in the queue. The beat goes out through the live updates like any event; each board decides in its
 * filter whether it has something new to show, so a quiet board costs nothing and no browser polls.
 */
@org.springframework.stereotype.Component
public class BoardTicker implements AutoCloseable {

    /** One beat of the boards' clock. */
    public record Beat(Instant at) {
    }

    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("board-ticker").daemon(true).factory());

    BoardTicker(LiveUpdates live, CenterTime time) {
        beat.scheduleAtFixedRate(() -> live.broadcast(new Beat(time.now())), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
