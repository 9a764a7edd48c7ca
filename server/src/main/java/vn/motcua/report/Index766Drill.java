package vn.motcua.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.ReportSettings;
import vn.motcua.report.Index766.Code;

/**
 * The dossiers behind a 766 figure: for a period, an indicator and optionally a unit, the dossiers that cost points and
 * why. The rules are those of {@link Index766Rows}, written per dossier (a test holds the two to the same counts). No
 * citizen phone or ID number is read; the owner's name is there for staff screens only.
 */
@Service
@Transactional(readOnly = true)
public class Index766Drill {

    /** The most lines a drill-down lists; the count of all stands beside them. */
    public static final int MAX_LINES = 1000;

    /** Why a dossier cost points. */
    public enum Reason {
        FINISHED_LATE, OPEN_PAST_DUE, SECOND_SUPPLEMENT, FORM_DISSATISFIED, PAD_DISSATISFIED, FEEDBACK, NOT_ONLINE,
        NOT_SYNCED, NOT_DIGITISED, NOT_PAID_ONLINE
    }

    /** One dossier that cost points; {@code ended} empty while open. */
    public record Line(String code, String procedureCode, String procedureName, String unitName, String receivedBy,
            String ownerName, Instant received, Instant due, Optional<Instant> ended, List<Reason> reasons) {
    }

    /** At most {@link #MAX_LINES} lines, oldest received first, and how many there are in all. */
    public record Drill(Code indicator, List<Line> lines, long total) {
    }

    private final JdbcClient jdbc;
    private final Centers centers;
    private final ReportSettings settings;
    private final CenterTime time;

    Index766Drill(JdbcClient jdbc, Centers centers, ReportSettings settings, CenterTime time) {
        this.jdbc = jdbc;
        this.centers = centers;
        this.settings = settings;
        this.time = time;
    }

    /** The dossiers of the center (or of one unit) that cost points on {@code indicator} in {@code period}. */
    public Drill dossiers(ReportPeriod period, Code indicator, Optional<Long> unitId) {
        String where = " where " + condition(indicator);
        String perDossier = perDossier(unitId.isPresent());
        long total = params(jdbc.sql("select count(*) from (" + perDossier + ") x" + where), period, unitId)
                .query(Long.class).single();
        List<Line> lines = params(jdbc.sql("select * from (" + perDossier + ") x" + where
                + " order by x.received_at, x.code limit " + MAX_LINES), period, unitId)
                .query((row, n) -> new Line(row.getString("code"), row.getString("procedure_code"),
                        nonNull(row.getString("procedure_name")), nonNull(row.getString("unit_name")),
                        nonNull(row.getString("received_by")), row.getString("owner_name"),
                        row.getTimestamp("received_at").toInstant(), row.getTimestamp("due_at").toInstant(),
                        Optional.ofNullable(row.getTimestamp("fin")).map(Timestamp::toInstant)
                                .filter(at -> at.isBefore(period.to())),
                        reasons(indicator, row))).list();
        return new Drill(indicator, lines, total);
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, ReportPeriod period, Optional<Long> unit) {
        Instant now = time.now();
        Instant asOf = now.isBefore(period.to()) ? now : period.to();
        JdbcClient.StatementSpec spec = sql.param("center", centers.profile().getId())
                .param("from", Timestamp.from(period.from())).param("to", Timestamp.from(period.to()))
                .param("asOf", Timestamp.from(asOf))
                .param("low", Index766Rows.lowLevels(settings.neutralSatisfied()));
        return unit.map(id -> spec.param("unit", id)).orElse(spec);
    }

    private static String condition(Code indicator) {
        String late = "(x.late_finished = 1 or x.open_past_due = 1 or x.second_request = 1)";
        return switch (indicator) {
            case ON_TIME -> late;
            case SATISFACTION -> "(" + late + " or x.form_unhappy = 1 or x.pad_unhappy = 1 or x.feedback = 1)";
            case SYNC -> "x.received = 1 and x.synced = 0";
            case ONLINE -> "x.received = 1 and x.online = 0";
            case DIGITISED -> "x.ended = 1 and x.digitised = 0";
            case PAYMENT -> "x.received = 1 and x.paid = 0";
        };
    }

    private static List<Reason> reasons(Code indicator, java.sql.ResultSet row) throws java.sql.SQLException {
        List<Reason> reasons = new ArrayList<>();
        switch (indicator) {
            case ON_TIME, SATISFACTION -> {
                add(reasons, row.getInt("late_finished"), Reason.FINISHED_LATE);
                add(reasons, row.getInt("open_past_due"), Reason.OPEN_PAST_DUE);
                add(reasons, row.getInt("second_request"), Reason.SECOND_SUPPLEMENT);
                if (indicator == Code.SATISFACTION) {
                    add(reasons, row.getInt("form_unhappy"), Reason.FORM_DISSATISFIED);
                    add(reasons, row.getInt("pad_unhappy"), Reason.PAD_DISSATISFIED);
                    add(reasons, row.getInt("feedback"), Reason.FEEDBACK);
                }
            }
            case SYNC -> reasons.add(Reason.NOT_SYNCED);
            case ONLINE -> reasons.add(Reason.NOT_ONLINE);
            case DIGITISED -> reasons.add(Reason.NOT_DIGITISED);
            case PAYMENT -> reasons.add(Reason.NOT_PAID_ONLINE);
        }
        return reasons;
    }

    private static void add(List<Reason> reasons, int flag, Reason reason) {
        if (flag == 1) {
            reasons.add(reason);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** One row per dossier handled in the period, with each rule of {@link Index766Rows} as a 0/1 flag. */
    private static String perDossier(boolean oneUnit) {
        return """
                select y.*,
                  case when y.fin is not null and y.fin < :to and y.fin > y.due_at then 1 else 0 end as late_finished,
                  case when (y.fin is null or y.fin >= :to) and :asOf > y.due_at
                            and (y.clock_stopped_at is null or y.clock_stopped_at > y.due_at) then 1 else 0 end
                    as open_past_due,
                  case when y.received_at >= :from then 1 else 0 end as received,
                  case when y.fin is not null and y.fin < :to then 1 else 0 end as ended
                from (
                  select d.code, d.procedure_code, p.name as procedure_name, coalesce(u.name, d.unit_name) as unit_name,
                    o.full_name as received_by, d.owner_name, d.received_at, d.due_at, d.clock_stopped_at,
                    coalesce(d.processed_at, d.returned_at) as fin,
                    case when d.channel = 'ONLINE' then 1 else 0 end as online,
                    case when d.source = 'PROVINCE' or d.synced_at is not null then 1 else 0 end as synced,
                    case when d.documents_digitised = true and d.result_digitised = true then 1 else 0 end as digitised,
                    case when d.paid_online is null then null when d.paid_online = true then 1 else 0 end as paid,
                    case when exists (select 1 from supplement_request s where s.dossier_id = d.id
                                        and s.request_no >= 2 and s.asked_at < :asOf) then 1 else 0 end as second_request,
                    case when exists (select 1 from dossier_rating_form f where f.dossier_id = d.id
                                        and f.answered_at < :to
                                        and (f.answer_one = 'DISSATISFIED' or f.answer_two = 'DISSATISFIED'))
                         then 1 else 0 end as form_unhappy,
                    case when exists (select 1 from dossier_visit v join rating r on r.ticket_id = v.ticket_id
                                        where v.dossier_id = d.id and r.rated_at < :to and r.level in (:low))
                         then 1 else 0 end as pad_unhappy,
                    case when exists (select 1 from feedback b where b.dossier_id = d.id and b.received_at < :to)
                         then 1 else 0 end as feedback
                  from dossier d
                  left join admin_procedure p on p.id = d.procedure_id
                  left join unit u on u.id = d.unit_id
                  left join officer o on o.id = d.receiving_officer_id
                  where d.center_id = :center and d.received_at < :to
                    and (coalesce(d.processed_at, d.returned_at) is null
                         or coalesce(d.processed_at, d.returned_at) >= :from)
                    and (d.status <> 'WITHDRAWN' or coalesce(d.processed_at, d.returned_at) is null
                         or coalesce(d.processed_at, d.returned_at) >= :to)
                """ + (oneUnit ? "    and d.unit_id = :unit\n" : "") + "                ) y";
    }
}
