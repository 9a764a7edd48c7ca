package vn.motcua.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Wrong tries per key (a name, a dossier code, a client address) within a window, kept in memory: after
 * {@code attempts} wrong tries within {@code window} the key is refused until the oldest of them is that old. A restart
 * forgives, which never locks anyone out for good.
 */
public final class GuessThrottle {

    private final int attempts;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public GuessThrottle(int attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    public void failed(String key, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
        recent.addLast(now);
        forgetOld(recent, now);
    }

    public boolean blocked(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return false;
        }
        forgetOld(recent, now);
        if (recent.isEmpty()) {
            // Keys of passers-by must not pile up for ever.
            failures.remove(key, recent);
            return false;
        }
        return recent.size() >= attempts;
    }

    /** The key's wrong tries are forgotten, e.g. after a right password. */
    public void forgive(String key) {
        failures.remove(key);
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.pollFirst();
        }
    }
}
