package vn.motcua.screens.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A beat every second for the boards: waits and idle times grow, and the wall TV turns its pages, without anything
 * happening in the queue. Each board decides on the beat whether it has something new to show, so a quiet board
 * costs nothing; no browser polls.
 */
@org.springframework.stereotype.Component
public class BoardTicker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoardTicker.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("board-ticker").daemon(true).factory());

    BoardTicker() {
        beat.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Calls {@code onBeat} with the view's UI every second while the view is attached. */
    public void whileAttached(Component view, Consumer<UI> onBeat) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> {
            Runnable listener = () -> onBeat.accept(attach.getUI());
            listeners.add(listener);
            subscription[0] = () -> listeners.remove(listener);
        });
        view.addDetachListener(detach -> subscription[0].remove());
    }

    private void tick() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException failed) {
                log.warn("A board failed on the beat", failed);
            }
        }
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
