package vn.motcua.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.HallNotice;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;
import vn.motcua.rating.GiveRating.RatingGiven;
import vn.motcua.rating.GiveRating.RatingReasonsGiven;

/**
 * The one broadcaster every live screen listens to. Events arrive after commit, so a screen never shows
 * what was rolled back; listeners run on a separate thread so a kiosk's request does not wait for
 * twenty screens to re-render.
 */
@Component
public class LiveUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("live-updates").daemon(true).factory());

    public Registration subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Re-renders a view on every change while it is attached, through its UI under push. */
    public void refreshWhileAttached(com.vaadin.flow.component.Component view, Runnable render) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> subscription[0] = subscribe(() -> attach.getUI().access(render::run)));
        view.addDetachListener(detach -> subscription[0].remove());
    }

    @TransactionalEventListener(fallbackExecution = true, classes = {TicketIssued.class, TicketCalled.class,
            TicketChanged.class, CounterOpened.class, CounterClosed.class, RatingGiven.class,
            RatingReasonsGiven.class, HallNotice.Changed.class,
            CenterSettings.Changed.class})
    void changed() {
        notifier.execute(() -> listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException failed) {
                log.warn("A live screen failed to refresh", failed);
            }
        }));
    }

    @Override
    public void close() {
        notifier.shutdownNow();
    }
}
