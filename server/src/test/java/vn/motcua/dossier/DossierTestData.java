package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;

/**
 * Dossiers for tests, recorded as the province's import records them; their procedure is one of the demo catalogue's
 * (three working days), so a name comes from the catalogue and the catalogue's screens stay as the demo has them.
 */
public final class DossierTestData {

    /** A procedure the catalogue lists in tests. */
    public static final String KNOWN_PROCEDURE = "1.004873";
    public static final String KNOWN_PROCEDURE_NAME = "Cấp Giấy xác nhận tình trạng hôn nhân";
    /** A procedure code of another agency, which the catalogue does not list. */
    public static final String OTHER_PROCEDURE = "2.000123";

    private DossierTestData() {
    }

    /** No dossiers. */
    public static void reset(JdbcClient jdbc) {
        for (String table : List.of("feedback", "violation", "late_explanation", "unit_explanation", "dossier_apology",
                "dossier_lateness", "dossier_warning", "outbox_message", "dossier_visit", "dossier_event",
                "dossier_rating_form", "dossier_document", "dossier_hand_off", "supplement_request",
                "dossier_code_sequence", "dossier")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    /** A row of the province's log: received on 16/11/2026 08:00, due at the given local time. */
    public static ProvinceDossier row(String code, String procedure, String phone, DossierStatus status,
            LocalDateTime due, String unit) {
        return new ProvinceDossier(code, procedure, "Nguyễn Văn An", phone, local(LocalDateTime.of(2026, 11, 16, 8, 0)),
                local(due), status, null, null, unit);
    }

    public static Instant local(LocalDateTime at) {
        return at.atZone(CenterTime.ZONE).toInstant();
    }

    /** The usual set: three open dossiers of Tư pháp, closed ones, one of Kinh tế, one of a unit the center lacks. */
    public static void record(RecordProvinceDossiers record) {
        record.record(List.of(
                row("TP-1", KNOWN_PROCEDURE, "0913 579 246", DossierStatus.PROCESSING,
                        LocalDateTime.of(2026, 11, 20, 16, 0), "Phòng Tư pháp – Hộ tịch"),
                row("TP-2", OTHER_PROCEDURE, "0987654321", DossierStatus.RECEIVED,
                        LocalDateTime.of(2026, 11, 23, 15, 0), "TP"),
                row("TP-3", KNOWN_PROCEDURE, null, DossierStatus.AWAITING_SUPPLEMENT,
                        LocalDateTime.of(2026, 11, 30, 10, 0), "Phòng Tư pháp – Hộ tịch"),
                row("TP-4", KNOWN_PROCEDURE, "0912000111", DossierStatus.RETURNED,
                        LocalDateTime.of(2026, 11, 10, 10, 0), "Phòng Tư pháp – Hộ tịch"),
                row("TP-5", KNOWN_PROCEDURE, "0912000222", DossierStatus.DONE,
                        LocalDateTime.of(2026, 11, 25, 10, 0), "Phòng Tư pháp – Hộ tịch"),
                row("KT-1", OTHER_PROCEDURE, "0912000333", DossierStatus.PROCESSING,
                        LocalDateTime.of(2026, 11, 21, 10, 0), "Phòng Kinh tế"),
                row("XD-1", OTHER_PROCEDURE, "0912000444", DossierStatus.PAYING,
                        LocalDateTime.of(2026, 11, 22, 10, 0), "Sở Xây dựng")), Actor.SYSTEM);
    }
}
