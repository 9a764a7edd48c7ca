package vn.motcua.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.queue.CenterServiceRepository;
import vn.motcua.queue.CounterRepository;
import vn.motcua.queue.QueueSnapshot;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingRepository;

/** The figures of the managers' live board: waiting per service, calls per counter, today's satisfaction. */
@Service
@Transactional(readOnly = true)
public class BoardFigures {

    private final CenterServiceRepository services;
    private final CounterRepository counters;
    private final QueueSnapshot snapshot;
    private final RatingRepository ratings;
    private final CenterTime time;

    BoardFigures(CenterServiceRepository services, CounterRepository counters, QueueSnapshot snapshot,
            RatingRepository ratings, CenterTime time) {
        this.services = services;
        this.counters = counters;
        this.snapshot = snapshot;
        this.ratings = ratings;
        this.time = time;
    }

    /** Waiting tickets of one service. */
    public record ServiceLine(String letter, String name, long waiting) {
    }

    /** Calls made today at one counter, and who sits there. */
    public record CounterLine(int number, String name, String officerName, long callsToday) {
    }

    /** Today's ratings by level; satisfied share in percent, or null before the first rating. */
    public record Satisfaction(Map<RatingLevel, Long> byLevel, long total, Double satisfiedPercent) {
    }

    public List<ServiceLine> waitingPerService() {
        Map<Long, QueueSnapshot.Waiting> waiting = snapshot.waitingPerService();
        return services.findAllByOrderBySortOrderAsc().stream()
                .map(s -> new ServiceLine(s.getLetter(), s.getName(),
                        waiting.getOrDefault(s.getId(), QueueSnapshot.Waiting.NOBODY).count()))
                .toList();
    }

    public List<CounterLine> callsPerCounter() {
        Map<Long, Long> calls = snapshot.callsPerCounterToday();
        return counters.findAllByOrderByNumberAsc().stream()
                .map(c -> new CounterLine(c.getNumber(), c.getName(),
                        c.getCurrentOfficer() == null ? null : c.getCurrentOfficer().getFullName(),
                        calls.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    public Satisfaction satisfactionToday() {
        LocalDate today = time.today();
        Instant from = today.atStartOfDay(CenterTime.ZONE).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(CenterTime.ZONE).toInstant();
        Map<RatingLevel, Long> byLevel = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            byLevel.put(level, 0L);
        }
        for (Object[] row : ratings.countByLevel(from, to)) {
            byLevel.put((RatingLevel) row[0], (Long) row[1]);
        }
        long total = byLevel.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = byLevel.entrySet().stream().filter(e -> e.getKey().isSatisfied())
                .mapToLong(Map.Entry::getValue).sum();
        return new Satisfaction(byLevel, total, total == 0 ? null : 100.0 * satisfied / total);
    }
}
