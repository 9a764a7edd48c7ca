package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.motcua.center.CenterTime;

/**
 * A year of a large provincial center, the same for the same seed and scale: at scale 1, {@value #TICKETS} tickets on
 * the working days of the year to {@link #LAST} with their histories, about half of the served rated,
 * {@value #DOSSIERS} dossiers with their hand-offs, supplements and lateness, and {@value #COMPLAINTS} pieces of
 * feedback, beside the demo center's staff ({@link HeavyStaff}). Written with plain JDBC in chunks of a day, straight
 * after the demo data; the reports read it on the morning of {@link #NOW}. The benchmark runs it at scale 1, the
 * suite at 1/200 ({@code HeavyYearTest}).
 */
final class HeavyYear {

    static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 1);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 30);
    static final int TICKETS = 1_000_000;
    static final int DOSSIERS = 200_000;
    static final int COMPLAINTS = 3_000;

    /** What the year is written after: the ids already taken, the calendar and a password for the heads' accounts. */
    record Base(HeavyIds ids, HeavyCalendar calendar, String passwordHash) {
    }

    private HeavyYear() {
    }

    static Base base(Connection connection) throws SQLException {
        Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> madeUp = new HashSet<>();
        String hash;
        try (Statement statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select iso_weekday, opens, closes from working_hours")) {
                while (rows.next()) {
                    hours.put(DayOfWeek.of(rows.getInt(1)), new LocalTime[] {rows.getObject(2, LocalTime.class),
                        rows.getObject(3, LocalTime.class)});
                }
            }
            try (var rows = statement.executeQuery("select calendar_day, kind from special_day")) {
                while (rows.next()) {
                    LocalDate day = rows.getObject(1, LocalDate.class);
                    ("HOLIDAY".equals(rows.getString(2)) ? holidays : madeUp).add(day);
                }
            }
            try (var rows = statement.executeQuery("select min(password_hash) from user_account")) {
                rows.next();
                hash = rows.getString(1);
            }
        }
        return new Base(HeavyIds.of(connection),
                new HeavyCalendar(FIRST, LAST.plusDays(200), hours, holidays, madeUp), hash);
    }

    /**
     * Writes the year after {@code base} (only digests it when {@code connection} is null) and answers the digest of
     * every value written.
     */
    static String write(Connection connection, Base base, long seed, double scale) throws SQLException {
        HeavyDigest digest = new HeavyDigest();
        HeavyIds ids = base.ids().copy();
        SplittableRandom random = new SplittableRandom(seed);
        Instant now = NOW.atZone(CenterTime.ZONE).toInstant();
        if (connection != null) {
            connection.setAutoCommit(false);
        }
        HeavyStaff staff = new HeavyStaff();
        staff.write(connection, digest, ids, base.passwordHash(), random);
        commit(connection);
        HeavyCalendar calendar = base.calendar();
        List<LocalDate> days = calendar.days().stream().filter(day -> !day.isAfter(LAST)).toList();
        double tickets = TICKETS * scale / days.size();
        double dossiers = DOSSIERS * scale / days.size();
        double complaints = COMPLAINTS * scale / days.size();
        try (HeavyTickets hall = new HeavyTickets(connection, digest, staff, calendar, ids, random, now);
             HeavyDossiers desk = new HeavyDossiers(connection, digest, staff, calendar, ids, random, now)) {
            for (int index = 0; index < days.size(); index++) {
                hall.day(index, days.get(index), tickets);
                desk.day(index, days.get(index), dossiers, complaints, hall.served);
                commit(connection);
            }
        }
        if (connection != null) {
            connection.commit();
            ids.restartIdentities(connection);
            // The planner's statistics, as autovacuum would gather them some time after such a load: without them
            // PostgreSQL plans the reports for the nearly empty tables the migration left.
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return digest.hex();
    }

    /** One transaction per day: few commits, each small enough to keep in memory. */
    private static void commit(Connection connection) throws SQLException {
        if (connection != null) {
            connection.commit();
        }
    }
}
