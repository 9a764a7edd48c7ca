package vn.motcua.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.center.ReportSettings;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.rating.RatingLevel;

/**
 * Every officer's figures for a month (seed 000, 003: the monthly evaluation), one query per family of figures
 * grouped by officer: a large center has a hundred officers and a year of a million tickets, so nothing is asked
 * officer by officer. The on-time figures are the 766 index's, of the dossiers each officer received.
 */
@Service
@Transactional(readOnly = true)
public class OfficerMonths {

    private static final String HANDLED = """
            select officer_id, count(distinct dossier_id) from (
              select receiving_officer_id officer_id, id dossier_id from dossier
              where center_id = :center and received_at >= :from and received_at < :to
                and receiving_officer_id is not null
              union all
              select to_officer_id, dossier_id from dossier_hand_off
              where center_id = :center and handed_at >= :from and handed_at < :to) handled
            group by officer_id""";
    private static final String RECEIVED = """
            select receiving_officer_id, count(*) from dossier
            where center_id = :center and received_at >= :from and received_at < :to
              and receiving_officer_id is not null group by receiving_officer_id""";
    private static final String VIOLATIONS = """
            select officer_id, kind, count(*) from violation
            where center_id = :center and occurred_at >= :from and occurred_at < :to group by officer_id, kind""";
    // Tickets carry no center: one database serves one center, as the queue's own reports assume.
    private static final String CALLED = """
            select officer_id, count(*), sum(extract(epoch from called_at) - extract(epoch from queued_at))
            from ticket where officer_id is not null and called_at >= :from and called_at < :to
              and called_at >= queued_at group by officer_id""";
    private static final String FINISHED = """
            select officer_id, count(*),
                   sum(extract(epoch from finished_at) - extract(epoch from coalesce(served_at, called_at)))
            from ticket where status = 'DONE' and officer_id is not null and finished_at >= :from
              and finished_at < :to group by officer_id""";
    private static final String ABSENCES = """
            select officer_id, count(*) from ticket_event
            where kind = 'NO_SHOW' and officer_id is not null and at >= :from and at < :to group by officer_id""";
    private static final String RATINGS = """
            select officer_id, level, count(*) from rating where rated_at >= :from and rated_at < :to
            group by officer_id, level""";
    private static final String FEEDBACK = """
            select officer_id, kind, count(*) from feedback
            where center_id = :center and officer_id is not null and received_at >= :from and received_at < :to
            group by officer_id, kind""";

    private final JdbcClient jdbc;
    private final Centers centers;
    private final Officers officers;
    private final Index766Figures index766;
    private final ReportSettings settings;

    OfficerMonths(JdbcClient jdbc, Centers centers, Officers officers, Index766Figures index766,
            ReportSettings settings) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.officers = officers;
        this.index766 = index766;
        this.settings = settings;
    }

    /** Every officer's month, by name; those who did nothing have zero figures. */
    public List<OfficerMonth> of(ReportPeriod month) {
        Map<Long, Tally> tallies = new HashMap<>();
        pairs(RECEIVED, month).forEach((officer, count) -> tally(tallies, officer).received = count);
        pairs(HANDLED, month).forEach((officer, count) -> tally(tallies, officer).handled = count);
        for (Index766 each : index766.officers(month)) {
            each.groupId().ifPresent(officer -> {
                tally(tallies, officer).onTime = each.counts().onTime();
                tally(tallies, officer).late = each.counts().late();
            });
        }
        rows(VIOLATIONS, month, row -> tally(tallies, row.id).violation(row.key, row.count));
        rows(CALLED, month, row -> {
            tally(tallies, row.id).waits = row.count;
            tally(tallies, row.id).waited = row.seconds;
        });
        rows(FINISHED, month, row -> {
            tally(tallies, row.id).services = row.count;
            tally(tallies, row.id).serving = row.seconds;
        });
        pairs(ABSENCES, month).forEach((officer, count) -> tally(tallies, officer).absences = count);
        Set<RatingLevel> satisfied = satisfiedLevels(settings.neutralSatisfied());
        rows(RATINGS, month, row -> tally(tallies, row.id).rated(RatingLevel.valueOf(row.key), row.count,
                satisfied));
        rows(FEEDBACK, month, row -> {
            if ("DENUNCIATION".equals(row.key)) {
                tally(tallies, row.id).denunciations += row.count;
            } else {
                tally(tallies, row.id).complaints += row.count;
            }
        });
        List<OfficerMonth> months = new ArrayList<>();
        for (Officer officer : officers.all()) {
            Tally tally = tallies.getOrDefault(officer.getId(), new Tally());
            months.add(new OfficerMonth(officer.getId(), officer.getCode(), officer.getFullName(),
                    officer.getUnit() == null ? null : officer.getUnit().getId(),
                    officer.getUnit() == null ? "" : officer.getUnit().getName(), officer.getEmployment(),
                    tally.figures()));
        }
        return months;
    }

    /** The levels counted as satisfied: the pad's two best, and "Bình thường" when the center says so. */
    static Set<RatingLevel> satisfiedLevels(boolean neutralSatisfied) {
        return neutralSatisfied ? Set.of(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED, RatingLevel.NEUTRAL)
                : Set.of(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED);
    }

    private static Tally tally(Map<Long, Tally> tallies, long officer) {
        return tallies.computeIfAbsent(officer, any -> new Tally());
    }

    private Map<Long, Long> pairs(String sql, ReportPeriod month) {
        Map<Long, Long> pairs = new HashMap<>();
        query(sql, month).query((row, n) -> pairs.put(row.getLong(1), row.getLong(2))).list();
        return pairs;
    }

    /** A grouped row: the officer, then a key (a kind, a level) and a count, or a count and a sum of seconds. */
    private record Row(long id, String key, long count, double seconds) {
    }

    private void rows(String sql, ReportPeriod month, java.util.function.Consumer<Row> each) {
        // Grouped by officer and a kind or level, the second column is words; else it is a count.
        boolean keyed = sql.contains(", kind, count(*)") || sql.contains(", level, count(*)");
        query(sql, month).query((row, n) -> {
            return keyed ? new Row(row.getLong(1), row.getString(2), row.getLong(3), 0)
                    : new Row(row.getLong(1), null, row.getLong(2), row.getDouble(3));
        }).list().forEach(each);
    }

    private JdbcClient.StatementSpec query(String sql, ReportPeriod month) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", Timestamp.from(month.from()))
                .param("to", Timestamp.from(month.to()));
        return sql.contains(":center") ? spec.param("center", centers.profile().getId()) : spec;
    }

    /** Figures being added up for one officer. */
    private static final class Tally {
        long received, handled, onTime, late, lateOwnFault, supplement, returned, extensions, waits, services,
                absences, satisfied, complaints, denunciations;
        double waited, serving;
        final Map<RatingLevel, Long> ratings = OfficerMonth.Figures.noRatings();

        void violation(String kind, long count) {
            switch (kind) {
                case "LATE_OWN_FAULT" -> lateOwnFault += count;
                case "UNJUSTIFIED_SUPPLEMENT" -> supplement += count;
                case "RETURNED_BY_FAULT" -> returned += count;
                default -> extensions += count;
            }
        }

        void rated(RatingLevel level, long count, Set<RatingLevel> satisfiedLevels) {
            ratings.merge(level, count, Long::sum);
            satisfied += satisfiedLevels.contains(level) ? count : 0;
        }

        OfficerMonth.Figures figures() {
            return new OfficerMonth.Figures(received, handled, onTime, late, lateOwnFault, supplement, returned,
                    extensions, services, waits, waited, services, serving, absences, ratings, satisfied,
                    complaints, denunciations);
        }
    }
}
