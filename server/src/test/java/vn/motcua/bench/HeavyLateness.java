package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import vn.motcua.center.CenterTime;

/**
 * What the watch and the people after it record about a dossier near or past its due time: the warning a day before
 * (while it was still open), the lateness on whoever held it at its due time, their explanation and the head's ruling,
 * for about half the late ones an approved apology with a new appointment, and a violation when the fault was their own
 * (or a second supplement request the head found unjustified).
 */
final class HeavyLateness implements AutoCloseable {

    private static final String[] REASONS = {"OWN_FAULT", "OTHER_AGENCY_LATE", "SUPPLEMENT_LATE", "SYSTEM_FAULT",
        "OTHER"};

    private final HeavyStaff staff;
    private final HeavyCalendar calendar;
    private final HeavyIds ids;
    private final SplittableRandom random;
    private final Instant now;
    private final HeavyRows warnings;
    private final HeavyRows latenesses;
    private final HeavyRows explanations;
    private final HeavyRows apologies;
    private final HeavyRows violations;

    HeavyLateness(Connection connection, HeavyDigest digest, HeavyStaff staff, HeavyCalendar calendar, HeavyIds ids,
            SplittableRandom random, Instant now) throws SQLException {
        this.staff = staff;
        this.calendar = calendar;
        this.ids = ids;
        this.random = random;
        this.now = now;
        warnings = new HeavyRows(connection, digest, "dossier_warning", "id", "center_id", "dossier_id", "scope",
                "hand_off_no", "due_at", "warned_at", "officer_id", "unit_id");
        latenesses = new HeavyRows(connection, digest, "dossier_lateness", "id", "center_id", "dossier_id", "scope",
                "hand_off_no", "due_at", "found_at", "officer_id", "unit_id", "head_officer_id");
        explanations = new HeavyRows(connection, digest, "late_explanation", "id", "center_id", "lateness_id",
                "attempt_no", "officer_id", "reason", "text", "written_at", "ruling", "ruled_by", "ruled_at");
        apologies = new HeavyRows(connection, digest, "dossier_apology", "id", "center_id", "dossier_id", "reason",
                "new_appointment_at", "drafted_by", "drafted_at", "state", "decided_by", "decided_at", "reason_valid");
        violations = new HeavyRows(connection, digest, "violation", "id", "center_id", "kind", "dossier_id",
                "officer_id", "unit_id", "head_officer_id", "occurred_at", "recorded_by", "evidence", "lateness_id",
                "explanation_id", "supplement_request_id");
    }

    /**
     * The warning and lateness records of one dossier ({@code end} null while open); the new appointment an approved
     * apology gave, or null.
     */
    Instant record(long dossier, int unit, Instant due, Instant received, Instant end, boolean late, int holder,
            int handOffNo) throws SQLException {
        Instant warnAt = due.minus(Duration.ofHours(24));
        long officer = staff.officerIds[holder];
        long unitId = staff.unitIds[unit];
        if (!warnAt.isAfter(now) && received.isBefore(warnAt) && (end == null || end.isAfter(warnAt))) {
            warnings.add(ids.next("dossier_warning"), 1, dossier, "DOSSIER", 0, due, warnAt, officer, unitId);
        }
        if (!late) {
            return null;
        }
        int head = staff.head(unit);
        Instant found = due.plusSeconds(40);
        long lateness = ids.next("dossier_lateness");
        latenesses.add(lateness, 1, dossier, "DOSSIER", handOffNo, due, found, officer, unitId, staff.officerIds[head]);
        Instant appointment = null;
        Instant drafted = due.minus(Duration.ofHours(6));
        if (random.nextBoolean() && drafted.isAfter(received) && drafted.plus(Duration.ofHours(2)).isBefore(now)) {
            int dueDay = calendar.index(due.atZone(CenterTime.ZONE).toLocalDate());
            appointment = calendar.plus(dueDay, 3, LocalTime.of(16, 0));
            apologies.add(ids.next("dossier_apology"), 1, dossier, "Hồ sơ cần xác minh thêm với cơ quan liên quan",
                    appointment, officer, drafted, "APPROVED", "giamdoc", drafted.plus(Duration.ofHours(2)),
                    random.nextInt(10) < 8);
        }
        Instant written = found.plus(Duration.ofDays(1));
        if (written.plus(Duration.ofDays(1)).isBefore(now)) {
            String reason = REASONS[random.nextInt(REASONS.length)];
            long explanation = ids.next("late_explanation");
            explanations.add(explanation, 1, lateness, 1, officer, reason, "Giải trình lý do trễ hạn", written,
                    "ACCEPTED", staff.officerIds[head], written.plus(Duration.ofDays(1)));
            if ("OWN_FAULT".equals(reason)) {
                violations.add(ids.next("violation"), 1, "LATE_OWN_FAULT", dossier, officer, unitId,
                        staff.officerIds[head], due, "giamdoc", "Trễ hạn do lỗi chủ quan", lateness, explanation,
                        null);
            }
        }
        return appointment;
    }

    /** A second supplement request the head of unit found unjustified. */
    void unjustified(long dossier, int unit, int officer, Instant asked, long request) throws SQLException {
        violations.add(ids.next("violation"), 1, "UNJUSTIFIED_SUPPLEMENT", dossier, staff.officerIds[officer],
                staff.unitIds[unit], staff.officerIds[staff.head(unit)], asked, "giamdoc",
                "Yêu cầu bổ sung lần hai không có lý do chính đáng", null, null, request);
    }

    void flush() throws SQLException {
        for (HeavyRows rows : List.of(warnings, latenesses, explanations, apologies, violations)) {
            rows.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        for (HeavyRows rows : List.of(warnings, latenesses, explanations, apologies, violations)) {
            rows.close();
        }
    }
}
