package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.audit.Actor;
import vn.motcua.center.CenterTime;

/**
 * Dossiers for tests, recorded as the province's import records them; the catalogue gets one procedure of its own
 * (a code no real catalogue uses) so a name can come from the catalogue.
 */
public final class DossierTestData {

    /** A procedure the catalogue lists in tests. */
    public static final String KNOWN_PROCEDURE = "9.999901";
    public static final String KNOWN_PROCEDURE_NAME = "Đăng ký khai sinh (thủ tục thử nghiệm)";
    /** A procedure code of another agency, which the catalogue does not list. */
    public static final String OTHER_PROCEDURE = "2.000123";

    private DossierTestData() {
    }

    /** No dossiers, and the test procedure in the catalogue. */
    public static void reset(JdbcClient jdbc) {
        jdbc.sql("delete from dossier_visit").update();
        jdbc.sql("delete from dossier_event").update();
        jdbc.sql("delete from dossier").update();
        jdbc.sql("""
                insert into admin_procedure (center_id, code, name, field_id, time_unit, time_amount, demo_values,
                    sort_order)
                select 1, :code, :name, (select min(id) from service_field), 'WORKING_DAYS', 3, true, 999
                where not exists (select 1 from admin_procedure where code = :code)""")
                .param("code", KNOWN_PROCEDURE).param("name", KNOWN_PROCEDURE_NAME).update();
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
