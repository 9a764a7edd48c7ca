package vn.motcua.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.HallNotice;
import vn.motcua.center.PostedContactsChanged;
import vn.motcua.dossier.DossierAlertsChanged;
import vn.motcua.feedback.FeedbackAlertsChanged;
import vn.motcua.feedback.FollowUpsChanged;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.rating.GiveRating.RatingEvent;

/**
 * The one broadcaster every live screen listens to, by event type and filtered: counter 3's display wakes for
 * counter 3's events only. Events reach screens after their transaction commits, all events of one commit together,
 * so a screen never shows what was rolled back, and a screen that only redraws redraws once for a call-next that
 * finished one ticket and called the next. Listeners run on one thread of their own, so a kiosk's request does not
 * wait for screens to re-render; when that thread falls behind, the commits waiting for it are taken together.
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();
    private final BlockingQueue<List<Object>> committed = new LinkedBlockingQueue<>();
    /** What the screens of the delivery under way have read, to share with the next screen that shows the same. */
    private final Map<Object, Object> readsOfThisDelivery = new HashMap<>();
    private final Thread notifier = Thread.ofPlatform().name("live-updates").daemon(true).start(this::deliverForever);

    /** Calls the listener with every published event of the type that passes the filter, until removed. */
    public <E> Registration subscribe(Class<E> type, Predicate<? super E> filter, Consumer<? super E> listener) {
        return add(new Subscription<>(type, filter, listener, false));
    }

    /**
     * The one way a screen follows events: while the view is attached, each matching event reaches {@code onEvent}
     * through the view's UI under push; detaching ends the subscription.
     */
    public <E> void whileAttached(Component view, Class<E> type, Predicate<? super E> filter,
            Consumer<? super E> onEvent) {
        attached(view, ui -> add(new Subscription<>(type, filter, event -> ui.access(() -> onEvent.accept(event)),
                false)));
    }

    /**
     * As {@link #whileAttached}, for a screen that redraws from what it reads rather than from the event: it redraws
     * once for all the matching events that reach it together.
     */
    public <E> void redrawWhileAttached(Component view, Class<E> type, Predicate<? super E> filter, Runnable redraw) {
        attached(view, ui -> add(new Subscription<E>(type, filter, event -> ui.access(redraw::run), true)));
    }

    /**
     * Reads what several screens show alike (the hall boards' calls, the kiosks' waiting counts, the managers'
     * figures) once per delivery: on the live-updates thread the first screen's read serves the others of the same
     * delivery, which all wake for the same commit; anywhere else it simply reads.
     */
    @SuppressWarnings("unchecked")
    public <T> T sharedRead(Object key, Supplier<T> read) {
        if (Thread.currentThread() != notifier) {
            return read.get();
        }
        Object known = readsOfThisDelivery.get(key);
        if (known == null) {
            known = read.get();
            readsOfThisDelivery.put(key, known);
        }
        return (T) known;
    }

    /** Delivers an event that belongs to no transaction (the boards' beat) to its subscribers. */
    public void broadcast(Object event) {
        committed.add(List.of(event));
    }

    /** Events of a transaction wait for its commit; those published outside one go at once. */
    @EventListener(classes = {PostedContactsChanged.class,
            QueueEvent.class, RatingEvent.class, HallNotice.Changed.class,
            CenterSettings.Changed.class, CenterSettings.NextDayTicketsChanged.class,
            DossierAlertsChanged.class, FeedbackAlertsChanged.class,
            FollowUpsChanged.class, CatalogueChanged.class})
    void published(Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.add(List.of(event));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(CommitBatch.class::isInstance).map(CommitBatch.class::cast).findFirst()
                .orElseGet(() -> {
                    CommitBatch batch = new CommitBatch();
                    TransactionSynchronizationManager.registerSynchronization(batch);
                    return batch;
                })
                .events.add(event);
    }

    private void attached(Component view, Function<UI, Registration> subscribe) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> subscription[0] = subscribe.apply(attach.getUI()));
        view.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }

    private Registration add(Subscription<?> subscription) {
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    private void deliverForever() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Object> events = new ArrayList<>(committed.take());
                List<List<Object>> waiting = new ArrayList<>();
                committed.drainTo(waiting);
                waiting.forEach(events::addAll);
                readsOfThisDelivery.clear();
                subscriptions.forEach(subscription -> subscription.deliver(events));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        notifier.interrupt();
    }

    /** The events one transaction published, handed to the notifier when it commits and dropped if it rolls back. */
    private final class CommitBatch implements TransactionSynchronization {

        private final List<Object> events = new ArrayList<>();

        @Override
        public void afterCommit() {
            committed.add(List.copyOf(events));
        }
    }

    private record Subscription<E>(Class<E> type, Predicate<? super E> filter, Consumer<? super E> listener,
            boolean once) {

        void deliver(List<Object> events) {
            E last = null;
            for (Object event : events) {
                try {
                    // Every event is tested, even by a screen that redraws once: a filter may follow what it sees.
                    if (type.isInstance(event) && filter.test(type.cast(event))) {
                        last = type.cast(event);
                        if (!once) {
                            listener.accept(last);
                        }
                    }
                } catch (RuntimeException failed) {
                    log.warn("A live screen failed to take {}", event, failed);
                }
            }
            if (once && last != null) {
                try {
                    listener.accept(last);
                } catch (RuntimeException failed) {
                    log.warn("A live screen failed to redraw after {}", last, failed);
                }
            }
        }
    }
}
