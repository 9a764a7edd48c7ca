package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ids the generator gives, table by table, from after the largest one in the database: rows refer to each other
 * without reading anything back, and afterwards each identity restarts after the last id given, so the application's
 * own inserts go on from there.
 */
final class HeavyIds {

    static final List<String> TABLES = List.of("unit", "service_field", "center_service", "admin_procedure",
            "officer", "user_account", "counter", "counter_session", "ticket", "ticket_event", "rating",
            "rating_follow_up", "dossier", "dossier_hand_off", "dossier_visit", "supplement_request",
            "dossier_warning", "dossier_lateness", "late_explanation", "dossier_apology", "violation", "feedback");

    private final Map<String, Long> last;

    private HeavyIds(Map<String, Long> last) {
        this.last = last;
    }

    static HeavyIds of(Connection connection) throws SQLException {
        Map<String, Long> last = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (var result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    result.next();
                    last.put(table, result.getLong(1));
                }
            }
        }
        return new HeavyIds(last);
    }

    HeavyIds copy() {
        return new HeavyIds(new TreeMap<>(last));
    }

    long next(String table) {
        return last.merge(table, 1L, Long::sum);
    }

    long current(String table) {
        return last.get(table);
    }

    /** Each identity goes on after the last id given (same statement on H2 and PostgreSQL). */
    void restartIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> table : last.entrySet()) {
                statement.execute("alter table " + table.getKey() + " alter column id restart with "
                        + (table.getValue() + 1));
            }
        }
        connection.commit();
    }
}
