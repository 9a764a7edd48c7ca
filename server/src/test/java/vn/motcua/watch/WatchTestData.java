package vn.motcua.watch;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small planted broker for the API and screen tests: one phone on dossiers of six owners over the last days. */
public final class WatchTestData {

    public static final String PHONE = "0977000666";
    public static final String KEY = "SHARED_CONTACT:phone:" + PHONE;
    private static final List<String> OWNERS = List.of("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Tám",
            "Phạm Thị Cúc", "Hoàng Văn Lộc", "Vũ Thị Mơ");

    private WatchTestData() {
    }

    /** Six dossiers of six owners, one phone, one a day before now. */
    public static void plantBroker(JdbcClient jdbc, Instant now) {
        clear(jdbc);
        for (int i = 0; i < OWNERS.size(); i++) {
            Instant at = now.minus(Duration.ofDays(i + 1));
            jdbc.sql("""
                    insert into dossier (center_id, code, procedure_code, owner_name, phone, received_at, due_at,
                        status, source, tracking_token)
                    values (1, :code, '1.004873', :owner, :phone, :at, :due, 'RECEIVED', 'PROVINCE', :token)""")
                    .param("code", "WATCH-" + i).param("owner", OWNERS.get(i)).param("phone", PHONE)
                    .param("at", Timestamp.from(at)).param("due", Timestamp.from(at.plus(Duration.ofDays(5))))
                    .param("token", "watch-test-" + i).update();
        }
    }

    /** No planted dossiers and no actions. */
    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from watch_action").update();
        jdbc.sql("delete from dossier_event where dossier_id in (select id from dossier where code like 'WATCH-%')")
                .update();
        jdbc.sql("delete from dossier where code like 'WATCH-%'").update();
    }
}
