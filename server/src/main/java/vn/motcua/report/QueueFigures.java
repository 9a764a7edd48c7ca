package vn.motcua.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.catalogue.CenterService;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.report.ReportQueries.WaitingTicket;
import vn.motcua.center.DayRange;

/** The queue page of the managers' board: who waits for each service, for how long, and who waits too long. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(BoardSettings.class)
public class QueueFigures {

    private final Catalogue services;
    private final ReportQueries queries;
    private final WaitClock waitClock;
    private final BoardSettings settings;
    private final CenterTime time;

    QueueFigures(Catalogue services, ReportQueries queries, WaitClock waitClock, BoardSettings settings,
            CenterTime time) {
        this.services = services;
        this.queries = queries;
        this.waitClock = waitClock;
        this.settings = settings;
        this.time = time;
    }

    /** A ticket waiting longer than the target. */
    public record LongWait(String number, boolean priority, Duration waited) {
    }

    /**
     * One service's queue: waiting, of them priority visitors, the longest wait (null if nobody waits), and the
     * counters open for it now.
     */
    public record ServiceQueue(long serviceId, String letter, String name, long waiting, long priorityWaiting,
            Duration longestWait, List<LongWait> overTarget, long openCounters) {

        /** People wait and no counter that serves them is open: nobody will call them. */
        public boolean stranded() {
            return waiting > 0 && openCounters == 0;
        }
    }

    /** The whole queue at one moment, against the target wait. */
    public record QueueNow(Instant at, Duration targetWait, List<ServiceQueue> services) {

        public long waiting() {
            return services.stream().mapToLong(ServiceQueue::waiting).sum();
        }

        public long overTarget() {
            return services.stream().mapToLong(service -> service.overTarget().size()).sum();
        }

        /** Waiting tickets per service id, for the counters page. */
        public Map<Long, Long> waitingPerService() {
            Map<Long, Long> waiting = new HashMap<>();
            services.forEach(service -> waiting.put(service.serviceId(), service.waiting()));
            return waiting;
        }
    }

    public QueueNow now() {
        Instant now = time.now();
        LocalDate today = time.today();
        Instant startOfToday = DayRange.startOf(today);
        Duration target = settings.targetWait();

        Map<Long, Object[]> waiting = new HashMap<>();
        for (Object[] row : queries.waitingPerService(today, startOfToday)) {
            waiting.put((Long) row[0], row);
        }
        Map<Long, List<LongWait>> overTarget = new HashMap<>();
        for (WaitingTicket ticket : queries.waitingSince(today, now.minus(target))) {
            Duration waited = Duration.between(waitClock.waitStart(ticket.queuedAt(), now), now);
            if (waited.compareTo(target) > 0) {
                overTarget.computeIfAbsent(ticket.serviceId(), id -> new ArrayList<>())
                        .add(new LongWait(ticket.number(), ticket.priority(), waited));
            }
        }
        Map<Long, Long> open = new HashMap<>();
        for (Object[] row : queries.openCountersPerService()) {
            open.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        List<ServiceQueue> lines = new ArrayList<>();
        for (CenterService service : services.services()) {
            Object[] row = waiting.get(service.getId());
            List<LongWait> late = new ArrayList<>(overTarget.getOrDefault(service.getId(), List.of()));
            late.sort(Comparator.comparing(LongWait::waited).reversed());
            long openCounters = open.getOrDefault(service.getId(), 0L);
            if (row == null) {
                lines.add(new ServiceQueue(service.getId(), service.getLetter(), service.getName(), 0, 0, null, late,
                        openCounters));
                continue;
            }
            lines.add(new ServiceQueue(service.getId(), service.getLetter(), service.getName(), count(row[1]),
                    count(row[2]), longestWait(count(row[3]) > 0, (Instant) row[4], now), late, openCounters));
        }
        return new QueueNow(now, target, lines);
    }

    /** The longest wait: a carried-over ticket's counts from today's opening, any other from when it queued. */
    private Duration longestWait(boolean fromEarlierDay, Instant firstQueuedToday, Instant now) {
        Instant start = firstQueuedToday;
        if (fromEarlierDay) {
            Instant carried = waitClock.carriedOverWaitStart(now);
            start = start == null || carried.isBefore(start) ? carried : start;
        }
        Duration waited = Duration.between(start, now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
