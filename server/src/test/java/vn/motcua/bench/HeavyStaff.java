package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people and places of a large provincial center beside the demo's: {@value #UNITS} more units, each with its field,
 * its kiosk service and two procedures of its own, about {@value #OFFICERS} more officers (three or four a unit, the
 * first its head, who signs in as one) and {@value #COUNTERS} more counters, each serving its unit's service first and
 * the next unit's second. Who sits at which counter changes every week ({@link #officerAt}).
 */
final class HeavyStaff {

    static final int UNITS = 36;
    static final int OFFICERS = 114;
    static final int COUNTERS = 56;
    static final int PROCEDURES_PER_UNIT = 2;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hà", "Văn Hải",
        "Thu Hằng", "Ngọc Lan", "Đức Long", "Thị Mai", "Văn Nam", "Hồng Nhung", "Thanh Phong", "Thị Quyên",
        "Văn Sơn", "Minh Tâm", "Thị Thảo", "Anh Tuấn", "Thị Uyên", "Quang Vinh"};
    private static final int[] LEGAL_DAYS = {1, 3, 5, 7, 10, 15, 20};
    private static final String[] EMPLOYMENT = {"CIVIL_SERVANT", "CIVIL_SERVANT", "CIVIL_SERVANT", "CIVIL_SERVANT",
        "CIVIL_SERVANT", "CIVIL_SERVANT", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "CONTRACT", "VERTICAL_AGENCY"};

    final long[] unitIds = new long[UNITS];
    final String[] unitNames = new String[UNITS];
    final long[] serviceIds = new long[UNITS];
    final String[] letters = new String[UNITS];
    final long[] officerIds = new long[OFFICERS];
    final String[] officerNames = new String[OFFICERS];
    final long[] counterIds = new long[COUNTERS];
    final long[] procedureIds = new long[UNITS * PROCEDURES_PER_UNIT];
    final String[] procedureCodes = new String[UNITS * PROCEDURES_PER_UNIT];
    final int[] legalDays = new int[UNITS * PROCEDURES_PER_UNIT];
    final boolean[] fee = new boolean[UNITS * PROCEDURES_PER_UNIT];
    /** Officer indexes of each unit, its head first. */
    final List<List<Integer>> unitOfficers = new ArrayList<>();
    /** Officers whose visitors are less often satisfied: the evaluation must tell them apart. */
    final boolean[] weak = new boolean[OFFICERS];

    void write(Connection connection, HeavyDigest digest, HeavyIds ids, String passwordHash, SplittableRandom random)
            throws SQLException {
        try (HeavyRows units = new HeavyRows(connection, digest, "unit", "id", "code", "name");
             HeavyRows fields = new HeavyRows(connection, digest, "service_field", "id", "code", "name", "sort_order");
             HeavyRows services = new HeavyRows(connection, digest, "center_service", "id", "code", "name", "letter",
                     "field_id", "sort_order")) {
            for (int u = 0; u < UNITS; u++) {
                unitIds[u] = ids.next("unit");
                unitNames[u] = "Sở ngành số " + (u + 1) + " – bộ phận tiếp nhận";
                units.add(unitIds[u], "HY" + (u + 1), unitNames[u]);
                long field = ids.next("service_field");
                fields.add(field, "HYF" + (u + 1), "Lĩnh vực số " + (u + 1), 100 + u);
                serviceIds[u] = ids.next("center_service");
                letters[u] = "Q" + (u < 10 ? "0" : "") + u;
                services.add(serviceIds[u], "HYS-" + (u + 1), "Thủ tục lĩnh vực số " + (u + 1), letters[u], field,
                        100 + u);
                unitOfficers.add(new ArrayList<>());
            }
            units.flush();
            fields.flush();
            services.flush();
            writeProcedures(connection, digest, ids, random);
        }
        try (HeavyRows officers = new HeavyRows(connection, digest, "officer", "id", "code", "full_name", "title",
                "unit_id", "employment");
             HeavyRows accounts = new HeavyRows(connection, digest, "user_account", "id", "username", "password_hash",
                     "role", "full_name", "officer_id", "unit_id", "enabled")) {
            for (int o = 0; o < OFFICERS; o++) {
                int unit = o % UNITS;
                officerIds[o] = ids.next("officer");
                officerNames[o] = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
                boolean head = unitOfficers.get(unit).isEmpty();
                weak[o] = random.nextInt(10) == 0;
                officers.add(officerIds[o], "HY" + (1000 + o), officerNames[o], head ? "Trưởng phòng" : "Chuyên viên",
                        unitIds[unit], head ? "CIVIL_SERVANT" : EMPLOYMENT[random.nextInt(EMPLOYMENT.length)]);
                unitOfficers.get(unit).add(o);
                if (head) {
                    officers.flush();
                    accounts.add(ids.next("user_account"), "hy" + (1000 + o), passwordHash, "UNIT_HEAD",
                            officerNames[o], officerIds[o], unitIds[unit], true);
                }
            }
        }
        try (HeavyRows counters = new HeavyRows(connection, digest, "counter", "id", "number", "name");
             HeavyRows serves = new HeavyRows(connection, digest, "counter_service", "counter_id", "service_id",
                     "preference")) {
            for (int c = 0; c < COUNTERS; c++) {
                counterIds[c] = ids.next("counter");
                counters.add(counterIds[c], 100 + c, "Quầy " + (100 + c) + " – " + unitNames[c % UNITS]);
            }
            counters.flush();
            for (int c = 0; c < COUNTERS; c++) {
                serves.add(counterIds[c], serviceIds[c % UNITS], 1);
                serves.add(counterIds[c], serviceIds[(c + 1) % UNITS], 2);
            }
        }
    }

    private void writeProcedures(Connection connection, HeavyDigest digest, HeavyIds ids, SplittableRandom random)
            throws SQLException {
        try (HeavyRows procedures = new HeavyRows(connection, digest, "admin_procedure", "id", "center_id", "code",
                "name", "field_id", "service_id", "time_unit", "time_amount", "fee_vnd", "demo_values", "sort_order");
             HeavyRows steps = new HeavyRows(connection, digest, "procedure_step", "procedure_id", "position_no",
                     "kind", "unit_id", "share_percent")) {
            for (int p = 0; p < procedureIds.length; p++) {
                int unit = p / PROCEDURES_PER_UNIT;
                procedureIds[p] = ids.next("admin_procedure");
                procedureCodes[p] = "2.00" + (3000 + p);
                legalDays[p] = LEGAL_DAYS[random.nextInt(LEGAL_DAYS.length)];
                fee[p] = random.nextBoolean();
                long field = ids.current("service_field") - UNITS + 1 + unit;
                procedures.add(procedureIds[p], 1, procedureCodes[p], "Thủ tục số " + (p + 1), field,
                        serviceIds[unit], "WORKING_DAYS", legalDays[p], fee[p] ? 50_000L : null, true, 100 + p);
            }
            procedures.flush();
            String[] kinds = {"RECEPTION", "APPRAISAL", "SIGNATURE", "RETURN"};
            int[] shares = {5, 65, 20, 10};
            for (int p = 0; p < procedureIds.length; p++) {
                for (int s = 0; s < kinds.length; s++) {
                    steps.add(procedureIds[p], s + 1, kinds[s], unitIds[p / PROCEDURES_PER_UNIT], shares[s]);
                }
            }
        }
    }

    /**
     * Who sits at counter {@code c} on working day {@code day} (its index in the year), before noon or after: a unit's
     * officers take the unit's counters in turns that move every week, and on some days another takes over at noon.
     */
    int officerAt(int c, int day, boolean afternoon) {
        List<Integer> staff = unitOfficers.get(c % UNITS);
        int turn = day / 5 + c / UNITS + (afternoon && (day * 31 + c) % 7 == 0 ? 1 : 0);
        return staff.get(turn % staff.size());
    }

    /** Whether someone else takes over counter {@code c} at noon on that day. */
    boolean changesAtNoon(int c, int day) {
        return officerAt(c, day, false) != officerAt(c, day, true);
    }

    /** The counters whose first service is the unit's: one or two. */
    int counterFor(int unit, SplittableRandom random) {
        int second = unit + UNITS;
        return second < COUNTERS && random.nextBoolean() ? second : unit;
    }

    /** The unit (its index) an officer belongs to. */
    int unitOf(int officer) {
        return officer % UNITS;
    }

    int head(int unit) {
        return unitOfficers.get(unit).getFirst();
    }
}
