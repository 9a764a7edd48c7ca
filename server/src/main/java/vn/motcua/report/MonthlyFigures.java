package vn.motcua.report;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.center.ReportSettings;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.rating.RatingLevel;

/**
 * Computes the {@link MonthlyReport} of any period: the 766 index's per-unit counts for received, handled, on time and
 * late (the same figures the index shows), then one grouped query per family in {@link MonthlyRows}. Nothing is asked
 * dossier by dossier or unit by unit, so a heavy year stays fast. The center's line is the sum of the lines.
 */
@Service
@Transactional(readOnly = true)
public class MonthlyFigures {

    private final JdbcClient jdbc;
    private final Centers centers;
    private final Officers officers;
    private final Index766Figures index766;
    private final ReportSettings settings;

    MonthlyFigures(JdbcClient jdbc, Centers centers, Officers officers, Index766Figures index766,
            ReportSettings settings) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.officers = officers;
        this.index766 = index766;
        this.settings = settings;
    }

    /** The report of the period: every unit in the units' order, the dossiers of no unit if any, and the center. */
    public MonthlyReport of(ReportPeriod period) {
        Map<Optional<Long>, Tally> tallies = new HashMap<>();
        for (Index766 each : index766.units(period)) {
            Tally tally = tally(tallies, each.groupId());
            tally.received = each.counts().received();
            tally.handled = each.counts().handled();
            tally.onTime = each.counts().onTime();
            tally.late = each.counts().late();
        }
        keyed(MonthlyRows.OVERDUE, period, row -> {
            if ("RECEPTION".equals(row.key)) {
                tally(tallies, row.unit).overdueAtReception = row.count;
            } else {
                tally(tallies, row.unit).overdueAtHandling = row.count;
            }
        });
        counted(MonthlyRows.RETURNED, period, row -> tally(tallies, row.unit).returnedByFault = row.count);
        counted(MonthlyRows.RETURNED_SEVERAL, period, row -> tally(tallies, row.unit).returnedSeveral = row.count);
        keyed(MonthlyRows.SUPPLEMENTS, period, row -> {
            Tally tally = tally(tallies, row.unit);
            tally.supplements += row.count;
            tally.secondRequests += "LATER".equals(row.key) ? row.count : 0;
        });
        counted(MonthlyRows.APOLOGIES, period, row -> tally(tallies, row.unit).apologies = row.count);
        counted(MonthlyRows.CALLED, period, row -> {
            tally(tallies, row.unit).waits = row.count;
            tally(tallies, row.unit).waited = row.seconds;
        });
        counted(MonthlyRows.FINISHED, period, row -> {
            tally(tallies, row.unit).served = row.count;
            tally(tallies, row.unit).serving = row.seconds;
        });
        Set<RatingLevel> satisfied = OfficerMonths.satisfiedLevels(settings.neutralSatisfied());
        keyed(MonthlyRows.RATINGS, period, row -> {
            RatingLevel level = RatingLevel.valueOf(row.key);
            Tally tally = tally(tallies, row.unit);
            tally.ratings.merge(level, row.count, Long::sum);
            tally.satisfied += satisfied.contains(level) ? row.count : 0;
        });
        counted(MonthlyRows.COMPLAINTS, period, row -> tally(tallies, row.unit).complaints = row.count);
        List<MonthlyReport.Line> lines = new ArrayList<>();
        for (Unit unit : officers.units()) {
            Optional<Long> id = Optional.of(unit.getId());
            lines.add(new MonthlyReport.Line(id, unit.getName(), tallies.getOrDefault(id, new Tally()).figures()));
        }
        Tally none = tallies.get(Optional.<Long>empty());
        if (none != null) {
            lines.add(new MonthlyReport.Line(Optional.empty(), "", none.figures()));
        }
        Tally all = new Tally();
        tallies.values().forEach(all::add);
        return new MonthlyReport(period, new MonthlyReport.Line(Optional.empty(), centers.profile().getName(),
                all.figures()), lines);
    }

    /**
     * The quarter that holds {@code anyMonth}: its three months one by one, then the quarter counted as one period
     * (so a dossier open across two months is handled once in the quarter, as the 766 index counts it).
     */
    public QuarterlyReport quarter(YearMonth anyMonth) {
        ReportPeriod quarter = ReportPeriod.quarter(anyMonth);
        YearMonth first = YearMonth.from(quarter.first());
        List<MonthlyReport> months = new ArrayList<>();
        for (int month = 0; month < 3; month++) {
            months.add(of(ReportPeriod.month(first.plusMonths(month))));
        }
        return new QuarterlyReport(quarter, months, of(quarter));
    }

    private static Tally tally(Map<Optional<Long>, Tally> tallies, Optional<Long> unit) {
        return tallies.computeIfAbsent(unit, any -> new Tally());
    }

    /** A grouped row: the unit (empty: none), a key (a class, a level) or null, a count and a sum of seconds. */
    private record Row(Optional<Long> unit, String key, long count, double seconds) {
    }

    /** Rows of (unit, key, count). */
    private void keyed(String sql, ReportPeriod period, Consumer<Row> each) {
        query(sql, period).query((row, n) -> {
            long id = row.getLong(1);
            Optional<Long> unit = row.wasNull() ? Optional.empty() : Optional.of(id);
            return new Row(unit, row.getString(2), row.getLong(3), 0);
        }).list().forEach(each);
    }

    /** Rows of (unit, count) or (unit, count, seconds). */
    private void counted(String sql, ReportPeriod period, Consumer<Row> each) {
        query(sql, period).query((row, n) -> {
            long id = row.getLong(1);
            Optional<Long> unit = row.wasNull() ? Optional.empty() : Optional.of(id);
            double seconds = row.getMetaData().getColumnCount() > 2 ? row.getDouble(3) : 0;
            return new Row(unit, null, row.getLong(2), seconds);
        }).list().forEach(each);
    }

    private JdbcClient.StatementSpec query(String sql, ReportPeriod period) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(period.to()));
        return sql.contains(":center") ? spec.param("center", centers.profile().getId()) : spec;
    }

    /** Figures being added up for one unit. */
    private static final class Tally {
        long received, handled, onTime, late, overdueAtReception, overdueAtHandling, returnedByFault,
                returnedSeveral, supplements, secondRequests, apologies, served, waits, satisfied, complaints;
        double waited, serving;
        final Map<RatingLevel, Long> ratings = new HashMap<>(MonthlyReport.Figures.none().ratings());

        void add(Tally other) {
            received += other.received;
            handled += other.handled;
            onTime += other.onTime;
            late += other.late;
            overdueAtReception += other.overdueAtReception;
            overdueAtHandling += other.overdueAtHandling;
            returnedByFault += other.returnedByFault;
            returnedSeveral += other.returnedSeveral;
            supplements += other.supplements;
            secondRequests += other.secondRequests;
            apologies += other.apologies;
            served += other.served;
            waits += other.waits;
            waited += other.waited;
            serving += other.serving;
            satisfied += other.satisfied;
            complaints += other.complaints;
            other.ratings.forEach((level, count) -> ratings.merge(level, count, Long::sum));
        }

        MonthlyReport.Figures figures() {
            return new MonthlyReport.Figures(received, handled, onTime, late, overdueAtReception, overdueAtHandling,
                    returnedByFault, returnedSeveral, supplements, secondRequests, apologies, served, waits, waited,
                    serving, ratings, satisfied, complaints);
        }
    }
}
