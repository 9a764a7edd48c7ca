package vn.motcua.bench;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.live.LiveUpdates;

/**
 * Screens attached to one browserless Vaadin session, opened by route as a browser tab would open them, each followed
 * by a marker subscription. The live updates reach subscribers on one thread in subscription order, so a screen's
 * marker runs right after the screen took the event: if the screen's UI changed, the marker encodes the changes as
 * the push would send them and notes the time. No production code is hooked.
 */
final class AttachedScreens {

    /** One attached screen: what kind, at which address, in which UI. */
    record Screen(int index, String kind, String route, UI ui) {
    }

    /** What one call did to the screens, written on the live-updates thread while the call is delivered. */
    static final class Round {
        final long[] changedAt;
        final long[] busyNanos;
        final int[] renders;
        final long[] statements;
        final long[] databaseNanos;
        final long[] encodeNanos;
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger ended = new AtomicInteger();
        volatile long firstEventAt;
        long previous;
        long statementsBefore;
        long databaseNanosBefore;

        Round(int screens) {
            changedAt = new long[screens];
            busyNanos = new long[screens];
            renders = new int[screens];
            statements = new long[screens];
            databaseNanos = new long[screens];
            encodeNanos = new long[screens];
        }
    }

    private final LiveUpdates live;
    private final VaadinSession session;
    private final List<Screen> screens = new ArrayList<>();
    private final List<Registration> markers = new ArrayList<>();
    private final UidlWriter uidl = new UidlWriter();
    private volatile Round round;

    /** The first marker, before every screen: notes when the live-updates thread starts on an event. */
    AttachedScreens(LiveUpdates live, VaadinSession session) {
        this.live = live;
        this.session = session;
        markers.add(live.subscribe(Object.class, event -> true, event -> {
            Round now = round;
            if (now != null) {
                now.started.incrementAndGet();
                now.previous = System.nanoTime();
                if (now.firstEventAt == 0) {
                    now.firstEventAt = now.previous;
                }
                StatementMeter.meter(Thread.currentThread());
                now.statementsBefore = StatementMeter.statements();
                now.databaseNanosBefore = StatementMeter.nanos();
            }
        }));
    }

    /** Opens a new UI in the session on this route (the caller holds the session lock) and follows it. */
    Screen open(String kind, String route) {
        UI current = UI.getCurrent();
        UI ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        try {
            ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
            session.addUI(ui);
            session.getService().fireUIInitListeners(ui);
            // All the screens share this session: none pushes on every unlock; the markers encode what a push sends.
            ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
            ui.navigate(route);
            List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
            Route shown = chain.isEmpty() ? null : chain.getFirst().getClass().getAnnotation(Route.class);
            if (shown == null || !(route.equals(shown.value()) || route.startsWith(shown.value() + "/"))) {
                throw new IllegalStateException("/" + route + " shows " + (chain.isEmpty() ? "nothing" : chain.getFirst()));
            }
            uidl.createUidl(ui, false);
        } finally {
            UI.setCurrent(current);
        }
        Screen screen = new Screen(screens.size(), kind, route, ui);
        screens.add(screen);
        markers.add(live.subscribe(Object.class, event -> true, event -> ui.access(() -> rendered(screen))));
        return screen;
    }

    /** The last marker, after every screen: the event has reached them all. */
    void followed() {
        markers.add(live.subscribe(Object.class, event -> true, event -> {
            Round now = round;
            if (now != null) {
                now.ended.incrementAndGet();
            }
        }));
    }

    List<Screen> screens() {
        return screens;
    }

    /** Starts noting what the next call does to the screens. */
    Round next() {
        Round next = new Round(screens.size());
        round = next;
        return next;
    }

    /** Waits until every event of the call (all published at its commit) has passed the last marker. */
    static void awaitDelivered(Round round) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int started = round.started.get();
            if (started > 0 && round.ended.get() == started) {
                Thread.sleep(50);
                if (round.started.get() == started && round.ended.get() == started) {
                    return;
                }
            } else {
                Thread.sleep(1);
            }
        }
        throw new IllegalStateException("the call's events did not reach every screen within a minute");
    }

    /** Stops following and closes the screens (the caller holds the session lock). */
    void close() {
        markers.forEach(Registration::remove);
        UI current = UI.getCurrent();
        try {
            for (Screen screen : screens) {
                UI.setCurrent(screen.ui());
                session.removeUI(screen.ui());
            }
        } finally {
            UI.setCurrent(current);
        }
    }

    /** On the live-updates thread, under the session lock, right after the screen took the event. */
    private void rendered(Screen screen) {
        Round now = round;
        if (now == null) {
            return;
        }
        int i = screen.index();
        long statements = StatementMeter.statements();
        long databaseNanos = StatementMeter.nanos();
        now.statements[i] += statements - now.statementsBefore;
        now.databaseNanos[i] += databaseNanos - now.databaseNanosBefore;
        now.statementsBefore = statements;
        now.databaseNanosBefore = databaseNanos;
        if (screen.ui().getInternals().getStateTree().hasDirtyNodes()) {
            long encoding = System.nanoTime();
            uidl.createUidl(screen.ui(), true).toString();
            now.changedAt[i] = System.nanoTime();
            now.encodeNanos[i] += now.changedAt[i] - encoding;
            now.renders[i]++;
        }
        long done = System.nanoTime();
        now.busyNanos[i] += done - now.previous;
        now.previous = done;
    }
}
