package vn.motcua.security;

import java.time.Duration;
import java.util.Locale;
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
    private final GuessThrottle guesses = new GuessThrottle(ATTEMPTS, WINDOW);

    SignInThrottle(CenterTime time) {
        this.time = time;
    }

    void failed(String username) {
        guesses.failed(key(username), time.now());
    }

    void succeeded(String username) {
        guesses.forgive(key(username));
    }

    boolean blocked(String username) {
        return guesses.blocked(key(username), time.now());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
