package vn.motcua.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.ReportSettings;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * Computes the 766 index live from the dossiers, for the center, per unit and per receiving officer, in one query per
 * grouping so a year of a large center stays under a second or two. What counts as late and dissatisfied is in
 * {@link Index766Rows}; how rates become points in {@link Index766Scoring}.
 */
@Service
@Transactional(readOnly = true)
public class Index766Figures {

    private final JdbcClient jdbc;
    private final Centers centers;
    private final Officers officers;
    private final ReportSettings settings;
    private final CenterTime time;

    Index766Figures(JdbcClient jdbc, Centers centers, Officers officers, ReportSettings settings, CenterTime time) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.officers = officers;
        this.settings = settings;
        this.time = time;
    }

    /** The whole center's index. */
    public Index766 center(ReportPeriod period) {
        Map<Optional<Long>, Index766.Counts> counts = counts(period, "0");
        return Index766Scoring.of(Optional.empty(), centers.profile().getName(),
                counts.getOrDefault(Optional.of(0L), Index766Rows.NONE));
    }

    /** One unit's index. */
    public Index766 unit(ReportPeriod period, long unitId) {
        return Index766Scoring.of(Optional.of(unitId), officers.unit(unitId).map(Unit::getName).orElse(""),
                counts(period, "d.unit_id").getOrDefault(Optional.of(unitId), Index766Rows.NONE));
    }

    /** Every unit's index in the order of the units, then the dossiers of no unit (imported ones) if any. */
    public List<Index766> units(ReportPeriod period) {
        Map<Optional<Long>, Index766.Counts> counts = counts(period, "d.unit_id");
        List<Index766> rows = new ArrayList<>();
        for (Unit unit : officers.units()) {
            rows.add(Index766Scoring.of(Optional.of(unit.getId()), unit.getName(),
                    counts.getOrDefault(Optional.of(unit.getId()), Index766Rows.NONE)));
        }
        Index766.Counts none = counts.get(Optional.<Long>empty());
        if (none != null) {
            rows.add(Index766Scoring.of(Optional.empty(), "", none));
        }
        return rows;
    }

    /** The index of the dossiers each officer received, for every officer (those who received none have no figures). */
    public List<Index766> officers(ReportPeriod period) {
        Map<Optional<Long>, Index766.Counts> counts = counts(period, "d.receiving_officer_id");
        List<Index766> rows = new ArrayList<>();
        for (Officer officer : officers.all()) {
            rows.add(Index766Scoring.of(Optional.of(officer.getId()), officer.getFullName(),
                    counts.getOrDefault(Optional.of(officer.getId()), Index766Rows.NONE)));
        }
        return rows;
    }

    /** The counts per value of {@code key}, a column of the dossier {@code d} (or a constant for the whole center). */
    private Map<Optional<Long>, Index766.Counts> counts(ReportPeriod period, String key) {
        Instant now = time.now();
        Instant to = period.to();
        Instant asOf = now.isBefore(to) ? now : to;
        Map<Optional<Long>, Index766.Counts> counts = new HashMap<>();
        jdbc.sql(Index766Rows.sql(key))
                .param("center", centers.profile().getId())
                .param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(to))
                .param("asOf", Timestamp.from(asOf))
                .param("low", Index766Rows.lowLevels(settings.neutralSatisfied()))
                .query((row, n) -> {
                    long id = row.getLong(1);
                    Optional<Long> group = row.wasNull() ? Optional.empty() : Optional.of(id);
                    counts.put(group, new Index766.Counts(row.getLong(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                            row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14)));
                    return group;
                }).list();
        return counts;
    }
}
