package vn.motcua.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.HallNotice;
import vn.motcua.queue.QueueEvents.CounterClosed;
import vn.motcua.queue.QueueEvents.CounterOpened;
import vn.motcua.queue.QueueEvents.TicketCalled;
import vn.motcua.queue.QueueEvents.TicketChanged;
import vn.motcua.queue.QueueEvents.TicketIssued;
import vn.motcua.rating.GiveRating.RatingGiven;
import vn.motcua.rating.GiveRating.RatingReasonsGiven;

/**
 * The one broadcaster every live screen listens to, by event type and filtered: counter 3's display wakes for
 * counter 3's events only. Events arrive after commit, so a screen never shows what was rolled back; listeners run
 * on a separate thread so a kiosk's request does not wait for twenty screens to re-render.
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("live-updates").daemon(true).factory());

    /** Calls the listener with every published event of the type that passes the filter, until removed. */
    public <E> Registration subscribe(Class<E> type, Predicate<? super E> filter, Consumer<? super E> listener) {
        Subscription<E> subscription = new Subscription<>(type, filter, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /**
     * The one way a screen follows events: while the view is attached, each matching event reaches {@code onEvent}
     * through the view's UI under push; detaching ends the subscription.
     */
    public <E> void whileAttached(Component view, Class<E> type, Predicate<? super E> filter,
            Consumer<? super E> onEvent) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            subscription[0] = subscribe(type, filter, event -> ui.access(() -> onEvent.accept(event)));
        });
        view.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }

    /** Delivers an event that belongs to no transaction (the boards' beat) to its subscribers. */
    public void broadcast(Object event) {
        published(event);
    }

    @TransactionalEventListener(fallbackExecution = true, classes = {TicketIssued.class, TicketCalled.class,
            TicketChanged.class, CounterOpened.class, CounterClosed.class, RatingGiven.class,
            RatingReasonsGiven.class, HallNotice.Changed.class, CenterSettings.Changed.class})
    void published(Object event) {
        notifier.execute(() -> subscriptions.forEach(subscription -> {
            try {
                subscription.deliver(event);
            } catch (RuntimeException failed) {
                log.warn("A live screen failed to take {}", event, failed);
            }
        }));
    }

    @Override
    public void close() {
        notifier.shutdownNow();
    }

    private record Subscription<E>(Class<E> type, Predicate<? super E> filter, Consumer<? super E> listener) {

        void deliver(Object event) {
            if (type.isInstance(event)) {
                E typed = type.cast(event);
                if (filter.test(typed)) {
                    listener.accept(typed);
                }
            }
        }
    }
}
