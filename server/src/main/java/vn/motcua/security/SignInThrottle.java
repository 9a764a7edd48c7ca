package vn.motcua.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;
import vn.motcua.center.CenterTime;

/**
 * Slows down password guessing: after five wrong passwords for one name within fifteen minutes, that name cannot
 * sign in until the oldest of them is fifteen minutes old (tries while blocked count too). Kept in memory: a
 * restart forgives, which is fine for a guess at a counter and never locks an officer out for good.
 */
@Component
class SignInThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final CenterTime time;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(CenterTime time) {
        this.time = time;
    }

    void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), name -> new ConcurrentLinkedDeque<>());
        recent.addLast(time.now());
        forgetOld(recent);
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    boolean blocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        forgetOld(recent);
        return recent.size() >= ATTEMPTS;
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant oldest = time.now().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.pollFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
