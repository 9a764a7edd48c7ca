package vn.motcua.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.DayRange;
import vn.motcua.center.ReportSettings;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.rating.RatingLevel;

/**
 * The daily report of the queue (issue 17): for a day, the tickets issued, served, absent and carried over, the waits,
 * the service times and the ratings, per counter, per officer and for the center. One grouped query per family of
 * figures, grouped by counter and officer at once, so a day of a large center is a handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class DailyFigures {

    // A second service in the same visit keeps the visit's number: the visitor took one number, not two.
    private static final String ISSUED = """
            select count(*) from ticket where issued_at >= :from and issued_at < :to and visit_ticket_id is null""";
    // A ticket queued on an earlier day (carried over, seed 002) waits from the day's opening, as the boards count.
    private static final String CALLED = """
            select counter_id, officer_id, count(*), sum(wait), max(wait) from (
              select counter_id, officer_id, greatest(0, extract(epoch from called_at)
                - case when queued_at < :from then :opening else extract(epoch from queued_at) end) wait
              from ticket where called_at >= :from and called_at < :to and officer_id is not null) called
            group by counter_id, officer_id""";
    private static final String SERVED = """
            select counter_id, officer_id, count(*),
                   sum(extract(epoch from finished_at) - extract(epoch from coalesce(served_at, called_at)))
            from ticket where status = 'DONE' and officer_id is not null and finished_at >= :from and finished_at < :to
            group by counter_id, officer_id""";
    private static final String ABSENT = """
            select counter_id, officer_id, count(*) from ticket_event
            where kind = 'NO_SHOW' and officer_id is not null and at >= :from and at < :to
            group by counter_id, officer_id""";
    private static final String CARRIED = """
            select count(distinct ticket_id) from ticket_event where kind = 'CARRIED_OVER' and at >= :from and at < :to""";
    private static final String RATINGS = """
            select counter_id, officer_id, level, count(*) from rating where rated_at >= :from and rated_at < :to
            group by counter_id, officer_id, level""";

    private final JdbcClient jdbc;
    private final Counters counters;
    private final Officers officers;
    private final WaitClock waitClock;
    private final ReportSettings settings;

    DailyFigures(JdbcClient jdbc, Counters counters, Officers officers, WaitClock waitClock, ReportSettings settings) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.officers = officers;
        this.waitClock = waitClock;
        this.settings = settings;
    }

    /** A counter's day. */
    public record CounterDay(long counterId, int number, String name, DayTally tally) {
    }

    /** An officer's day, with their unit (null when none), for the head of unit who answers for it. */
    public record OfficerDay(long officerId, String code, String fullName, Long unitId, String unitName,
            DayTally tally) {
    }

    /** A day of the center: every counter by number and every officer who worked that day, by name. */
    public record Day(LocalDate day, DayTally center, List<CounterDay> counters, List<OfficerDay> officers) {
    }

    /** One day of a month's summary. */
    public record MonthDay(LocalDate day, DayTally center) {
    }

    public Day of(LocalDate day) {
        Map<Long, Sum> perCounter = new HashMap<>();
        Map<Long, Sum> perOfficer = new HashMap<>();
        Sum center = read(day, (counter, officer, each) -> {
            if (counter != null) {
                each.accept(perCounter.computeIfAbsent(counter, any -> new Sum()));
            }
            each.accept(perOfficer.computeIfAbsent(officer, any -> new Sum()));
        });
        Set<RatingLevel> satisfied = OfficerMonths.satisfiedLevels(settings.neutralSatisfied());
        List<CounterDay> counterDays = new ArrayList<>();
        for (Counter counter : counters.all()) {
            counterDays.add(new CounterDay(counter.getId(), counter.getNumber(), counter.getName(),
                    perCounter.getOrDefault(counter.getId(), new Sum()).tally(satisfied)));
        }
        List<OfficerDay> officerDays = new ArrayList<>();
        for (Officer officer : officers.all(perOfficer.keySet())) {
            officerDays.add(new OfficerDay(officer.getId(), officer.getCode(), officer.getFullName(),
                    officer.getUnit() == null ? null : officer.getUnit().getId(),
                    officer.getUnit() == null ? "" : officer.getUnit().getName(),
                    perOfficer.get(officer.getId()).tally(satisfied)));
        }
        officerDays.sort(Comparator.comparing(OfficerDay::fullName).thenComparing(OfficerDay::code));
        return new Day(day, center.tally(satisfied), counterDays, officerDays);
    }

    /** Every day of a month, the center's figures of each (a day of the running month not yet come is left out). */
    public List<MonthDay> month(YearMonth month, LocalDate today) {
        Set<RatingLevel> satisfied = OfficerMonths.satisfiedLevels(settings.neutralSatisfied());
        List<MonthDay> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()) && !day.isAfter(today);
                day = day.plusDays(1)) {
            days.add(new MonthDay(day, read(day, (counter, officer, each) -> {
            }).tally(satisfied)));
        }
        return days;
    }

    /** Hands a grouped row's figures to the groups it belongs to, besides the center's. */
    private interface Spread {
        void to(Long counterId, long officerId, Consumer<Sum> each);
    }

    /** Reads a day's figures into the center's sum, spreading each grouped row to its counter and officer. */
    private Sum read(LocalDate day, Spread spread) {
        DayRange range = DayRange.of(day);
        Sum center = new Sum();
        center.issued = single(ISSUED, range);
        center.carried = single(CARRIED, range);
        double opening = waitClock.openingOf(day).toEpochMilli() / 1000.0;
        query(CALLED, range).param("opening", opening).query((row, n) -> {
            long called = row.getLong(3);
            double waited = row.getDouble(4);
            double longest = row.getDouble(5);
            Consumer<Sum> add = sum -> {
                sum.called += called;
                sum.waited += waited;
                sum.longest = Math.max(sum.longest, longest);
            };
            add.accept(center);
            spread.to(counterOf(row.getObject(1)), row.getLong(2), add);
            return n;
        }).list();
        query(SERVED, range).query((row, n) -> {
            long served = row.getLong(3);
            double serving = row.getDouble(4);
            Consumer<Sum> add = sum -> {
                sum.served += served;
                sum.serving += serving;
            };
            add.accept(center);
            spread.to(counterOf(row.getObject(1)), row.getLong(2), add);
            return n;
        }).list();
        query(ABSENT, range).query((row, n) -> {
            long absent = row.getLong(3);
            center.absent += absent;
            spread.to(counterOf(row.getObject(1)), row.getLong(2), sum -> sum.absent += absent);
            return n;
        }).list();
        query(RATINGS, range).query((row, n) -> {
            RatingLevel level = RatingLevel.valueOf(row.getString(3));
            long count = row.getLong(4);
            center.ratings.merge(level, count, Long::sum);
            spread.to(counterOf(row.getObject(1)), row.getLong(2), sum -> sum.ratings.merge(level, count, Long::sum));
            return n;
        }).list();
        return center;
    }

    private static Long counterOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private long single(String sql, DayRange range) {
        return query(sql, range).query(Long.class).single();
    }

    private JdbcClient.StatementSpec query(String sql, DayRange range) {
        return jdbc.sql(sql).param("from", Timestamp.from(range.start())).param("to", Timestamp.from(range.end()));
    }

    /** Figures being added up for one group. */
    private static final class Sum {
        long issued, served, absent, carried, called;
        double waited, longest, serving;
        final Map<RatingLevel, Long> ratings = OfficerMonth.Figures.noRatings();

        DayTally tally(Set<RatingLevel> satisfiedLevels) {
            long total = ratings.values().stream().mapToLong(Long::longValue).sum();
            long satisfied = ratings.entrySet().stream().filter(each -> satisfiedLevels.contains(each.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return new DayTally(issued, served, absent, carried, called, waited, longest, serving, Collections.unmodifiableMap(new EnumMap<>(ratings)),
                    new SatisfactionTally(total, satisfied));
        }
    }
}
