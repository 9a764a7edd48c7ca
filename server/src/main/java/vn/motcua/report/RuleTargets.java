package vn.motcua.report;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.Centers;
import vn.motcua.report.Target.Code;

/**
 * The targets of DOMAIN.md rule 13 for a month or a quarter, for the center or one unit. On time, online and digitised
 * are the 766 index's own counts; "without appointment" compares with the same period a year earlier (a month with
 * that month of the year before, so the season is the same); self-service, re-use and the cut in handling time are
 * not recorded by this product and say so.
 */
@Service
@Transactional(readOnly = true)
public class RuleTargets {

    /**
     * Dossiers received in the period for a procedure done within the day ("4 tại chỗ" or a legal time of "trong
     * ngày") and finished by their due time: served without an appointment to come back.
     */
    private static final String WITHOUT_APPOINTMENT = """
            select count(*) from dossier d join admin_procedure p on p.id = d.procedure_id
            where d.center_id = :center and d.received_at >= :from and d.received_at < :to
              and (p.on_the_spot = true or p.time_unit = 'SAME_DAY')
              and d.processed_at is not null and d.processed_at <= d.due_at""";

    private final JdbcClient jdbc;
    private final Centers centers;
    private final Index766Figures index766;

    RuleTargets(JdbcClient jdbc, Centers centers, Index766Figures index766) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.index766 = index766;
    }

    /** The targets of the period for the center, or for one unit when {@code unitId} is given. */
    public List<Target> of(ReportPeriod period, Optional<Long> unitId) {
        Index766.Counts counts = unitId.map(id -> index766.unit(period, id)).orElseGet(() -> index766.center(period))
                .counts();
        return List.of(
                Target.rate(Code.ON_TIME, counts.onTime(), counts.handled(), 100),
                Target.rate(Code.ONLINE, counts.online(), counts.received(), 80),
                Target.growth(Code.WITHOUT_APPOINTMENT, withoutAppointment(period, unitId),
                        withoutAppointment(yearEarlier(period), unitId), 20),
                Target.notRecorded(Code.SELF_SERVICE, 60),
                Target.rate(Code.DIGITISED, counts.digitised(), counts.finished(), 80),
                Target.notRecorded(Code.REUSE, 50),
                Target.notRecorded(Code.TIME_CUT, 50));
    }

    /** The same period a year earlier: the month, the quarter or the days of the year before. */
    static ReportPeriod yearEarlier(ReportPeriod period) {
        if (period.wholeMonth()) {
            return ReportPeriod.month(period.month().minusYears(1));
        }
        if (period.isQuarter()) {
            return ReportPeriod.quarter(YearMonth.from(period.first()).minusYears(1));
        }
        return new ReportPeriod(period.first().minusYears(1), period.last().minusYears(1), false);
    }

    private long withoutAppointment(ReportPeriod period, Optional<Long> unitId) {
        JdbcClient.StatementSpec spec = jdbc.sql(WITHOUT_APPOINTMENT + (unitId.isPresent() ? " and d.unit_id = :unit" : ""))
                .param("center", centers.profile().getId())
                .param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(period.to()));
        if (unitId.isPresent()) {
            spec = spec.param("unit", unitId.get());
        }
        return spec.query(Long.class).single();
    }
}
