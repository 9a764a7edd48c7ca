package vn.motcua.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.DayRange;

/** An officer's own service figures of the center's local day, for the console they sit at. */
@Service
@Transactional(readOnly = true)
public class ServedByOfficer {

    private final Handlings handlings;
    private final CenterTime time;

    ServedByOfficer(Handlings handlings, CenterTime time) {
        this.handlings = handlings;
        this.time = time;
    }

    /** Tickets the officer served today, and their average time with the visitor (none before the first). */
    public record Today(long served, Optional<Duration> averageServiceTime) {
    }

    /**
     * Counts the visitors the officer served today wherever they sat, as the boards and the scorecard count them
     * ({@link Handling#served()}): finished by them, or served by them and then transferred; not a visitor who never
     * came, nor one a colleague went on with.
     */
    public Today today(long officerId) {
        DayRange today = DayRange.of(time.today());
        List<Handling> served = handlings.ofOfficer(officerId, today.start(), today.end(), (queued, called) -> queued)
                .stream().filter(Handling::served).toList();
        if (served.isEmpty()) {
            return new Today(0, Optional.empty());
        }
        Duration total = served.stream().map(Handling::serviceTime).reduce(Duration.ZERO, Duration::plus);
        long tickets = served.stream().mapToLong(Handling::ticketId).distinct().count();
        return new Today(tickets, Optional.of(total.dividedBy(served.size())));
    }
}
