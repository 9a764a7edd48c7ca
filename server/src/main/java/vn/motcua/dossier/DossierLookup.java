package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.security.GuessThrottle;

/**
 * A citizen finds their dossier's page by its code and the last four digits of the phone on file. A wrong pair and
 * an unknown code are the same answer (nothing tells whether a code exists), and guessing is slowed: five wrong tries
 * per code and per client address within fifteen minutes, then every try is refused for a while.
 */
@Service
public class DossierLookup {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** What a look-up answers; {@code token} is the page's key when found, else null. */
    public record Answer(Outcome outcome, String token) {
    }

    /** Found; not found (wrong code, wrong digits, or no phone on file: one answer); too many wrong tries. */
    public enum Outcome {
        FOUND, NO_MATCH, TOO_MANY_TRIES
    }

    private final Dossiers dossiers;
    private final CenterTime time;
    private final GuessThrottle byCode = new GuessThrottle(ATTEMPTS, WINDOW);
    private final GuessThrottle byClient = new GuessThrottle(ATTEMPTS, WINDOW);

    DossierLookup(Dossiers dossiers, CenterTime time) {
        this.dossiers = dossiers;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public Answer lookUp(String code, String phoneEnd, String clientAddress) {
        Instant now = time.now();
        String codeKey = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String clientKey = clientAddress == null ? "" : clientAddress;
        if (byCode.blocked(codeKey, now) || byClient.blocked(clientKey, now)) {
            return new Answer(Outcome.TOO_MANY_TRIES, null);
        }
        Optional<Dossier> found = dossiers.find(code).filter(dossier -> matches(dossier, phoneEnd));
        if (found.isPresent()) {
            return new Answer(Outcome.FOUND, found.get().getTrackingToken());
        }
        byCode.failed(codeKey, now);
        byClient.failed(clientKey, now);
        return new Answer(Outcome.NO_MATCH, null);
    }

    private static boolean matches(Dossier dossier, String phoneEnd) {
        String given = phoneEnd == null ? "" : phoneEnd.strip();
        if (!given.matches("\\d{4}")) {
            return false;
        }
        String digits = dossier.getPhone().map(phone -> phone.replaceAll("\\D", "")).orElse("");
        return digits.length() >= 4 && digits.endsWith(given);
    }
}
