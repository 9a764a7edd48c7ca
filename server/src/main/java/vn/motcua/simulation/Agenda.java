package vn.motcua.simulation;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What happens next in the simulated day, in order of time; two things at the same moment in the order they were
 * planned, so that a seed always plays the same day.
 */
final class Agenda {

    private record Entry(Instant at, long order, Runnable action) {
    }

    private final PriorityQueue<Entry> entries = new PriorityQueue<>(
            Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
    private long planned;

    void at(Instant moment, Runnable action) {
        entries.add(new Entry(moment, planned++, action));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Instant next() {
        return entries.peek().at();
    }

    /** Runs the next thing planned, after the pace has brought the clock to its moment; false if the day stops. */
    boolean runNext(Pace pace) {
        Entry entry = entries.poll();
        if (!pace.reach(entry.at())) {
            return false;
        }
        entry.action().run();
        return true;
    }
}
