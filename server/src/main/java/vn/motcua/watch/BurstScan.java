package vn.motcua.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds bursts in one kiosk's tickets fed in time order: a window of tickets no more than the burst minutes apart
 * that holds tickets for at least so many different services starts a burst; overlapping windows that also qualify
 * extend it, so one sitting of a broker is one burst with every ticket behind it.
 */
final class BurstScan {

    /** A ticket as the scan sees it. */
    record Taken(String number, Instant at, long serviceId, String serviceName) {
    }

    /** The tickets of one burst at one kiosk, in time order, and how many different services they are for. */
    record Burst(String kiosk, List<Taken> tickets, int services) {
    }

    private final int tickets;
    private final Duration span;
    private final List<Burst> found = new ArrayList<>();
    private final Deque<Taken> window = new ArrayDeque<>();
    private String kiosk;
    private Set<Taken> open;

    BurstScan(int tickets, int minutes) {
        this.tickets = tickets;
        this.span = Duration.ofMinutes(minutes);
    }

    int tickets() {
        return tickets;
    }

    long minutes() {
        return span.toMinutes();
    }

    void next(String at, Taken taken) {
        if (!at.equals(kiosk)) {
            close();
            window.clear();
            kiosk = at;
        }
        while (!window.isEmpty() && Duration.between(window.peekFirst().at(), taken.at()).compareTo(span) > 0) {
            window.removeFirst();
        }
        window.addLast(taken);
        if (services(window) >= tickets) {
            if (open == null) {
                open = new LinkedHashSet<>();
            }
            open.addAll(window);
        } else {
            close();
        }
    }

    List<Burst> finish() {
        close();
        return List.copyOf(found);
    }

    private void close() {
        if (open != null) {
            found.add(new Burst(kiosk, List.copyOf(open), services(open)));
            open = null;
        }
    }

    private static int services(Iterable<Taken> taken) {
        Set<Long> services = new HashSet<>();
        taken.forEach(t -> services.add(t.serviceId()));
        return services.size();
    }
}
