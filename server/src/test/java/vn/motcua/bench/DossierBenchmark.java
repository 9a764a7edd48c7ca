package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.DossierList;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.DueDates;

/**
 * Prints the dossier figures on the real H2 file database (run with ./bench.sh dossiers): with 10^5 dossiers of a
 * year (about one in twenty still open, spread over the demo units), the time to list a unit's open dossiers due
 * soonest first (the first page of 50, as the unit's screen opens), and the time to compute one due date.
 */
@ServerTest
@EnabledIfSystemProperty(named = "bench", matches = "dossiers")
class DossierBenchmark {

    private static final int DOSSIERS = Integer.getInteger("bench.dossiers", 100_000);
    private static final int LISTS = 500;
    private static final int PAGE = 50;
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-02T09:30");
    private static final List<LegalTime> TIMES = List.of(LegalTime.sameDay(), LegalTime.workingHours(8),
            LegalTime.workingDays(3), LegalTime.workingDays(5), LegalTime.workingDays(15));
    private static final String[] OPEN = {"RECEIVED", "PROCESSING", "AWAITING_SUPPLEMENT", "PAYING"};

    @Autowired
    DossierList list;
    @Autowired
    DueDates dueDates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;

    @AfterEach
    void removeDossiers() {
        jdbc.sql("delete from dossier where code like 'BENCH-%'").update();
    }

    @Test
    void dossierFigures() throws Exception {
        clock.set(NOW);
        List<Instant> received = insertDossiers();
        long unit = jdbc.sql("select id from unit where code = 'KT'").query(Long.class).single();
        DossierFilter open = DossierFilter.open(DossierScope.unit(unit));

        List<DossierLine> first = list.page(open, 0, PAGE);
        assertThat(first).hasSize(PAGE).isSortedAccordingTo((a, b) -> a.dueAt().compareTo(b.dueAt()));
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < LISTS; i++) {
            long begin = System.nanoTime();
            List<DossierLine> page = list.page(open, 0, PAGE);
            nanos.add(System.nanoTime() - begin);
            assertThat(page).hasSize(PAGE);
        }
        Latencies lists = new Latencies(nanos.subList(LISTS / 5, LISTS));

        for (int i = 0; i < 20_000; i++) {
            dueDates.dueAt(TIMES.get(i % TIMES.size()), received.get(i % received.size()));
        }
        long begin = System.nanoTime();
        long checksum = 0;
        for (int i = 0; i < received.size(); i++) {
            checksum += dueDates.dueAt(TIMES.get(i % TIMES.size()), received.get(i)).getEpochSecond();
        }
        double dueDateMicros = (System.nanoTime() - begin) / 1_000.0 / received.size();
        assertThat(checksum).isPositive();

        long openInUnit = jdbc.sql("select count(*) from dossier where unit_id = ? and status in ('RECEIVED',"
                + " 'PROCESSING', 'AWAITING_SUPPLEMENT', 'PAYING')").param(unit).query(Long.class).single();
        System.out.printf(Locale.ROOT, "%nDOSSIER BENCHMARK (%s, %d cores)%n", databaseName(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "dossiers in the database              : %d (%d open in the unit listed)%n",
                DOSSIERS, openInUnit);
        System.out.printf(Locale.ROOT, "unit's open dossiers, first %d, x%d  : %s (goal < 50 ms)%n", PAGE,
                LISTS - LISTS / 5, lists.summary());
        System.out.printf(Locale.ROOT, "due date, %d computations          : %.2f us each%n", received.size(),
                dueDateMicros);
        System.out.printf(Locale.ROOT, "RESULT unit_list_ms=%.2f due_date_us=%.2f%n", lists.percentileMillis(99),
                dueDateMicros);
    }

    /** A year of dossiers, as a center receives them: older ones mostly finished, the last weeks mostly open. */
    private List<Instant> insertDossiers() throws Exception {
        List<Long> units = jdbc.sql("select id from unit order by id").query(Long.class).list();
        SplittableRandom random = new SplittableRandom(13);
        Instant now = NOW.atZone(CenterTime.ZONE).toInstant();
        List<Instant> received = new ArrayList<>(DOSSIERS);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into dossier (center_id, code, procedure_code, owner_name, phone, received_at, due_at, status,"
                        + " unit_id, source, tracking_token) values (1, ?, ?, ?, ?, ?, ?, ?, ?, 'PROVINCE', ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < DOSSIERS; i++) {
                Instant at = now.minus(Duration.ofMinutes(random.nextLong(365L * 24 * 60)));
                Instant due = at.plus(Duration.ofDays(1 + random.nextInt(21)));
                boolean recent = Duration.between(at, now).toDays() < 21;
                boolean open = recent ? random.nextInt(10) < 8 : random.nextInt(100) < 2;
                insert.setString(1, "BENCH-" + i);
                insert.setString(2, "1.00" + (4000 + i % 50));
                insert.setString(3, "Nguyễn Văn " + i);
                insert.setString(4, "09" + (10_000_000 + i));
                insert.setTimestamp(5, Timestamp.from(at));
                insert.setTimestamp(6, Timestamp.from(due));
                insert.setString(7, open ? OPEN[random.nextInt(OPEN.length)] : (random.nextBoolean() ? "DONE" : "RETURNED"));
                insert.setLong(8, units.get(i % units.size()));
                insert.setString(9, "bench-token-" + i);
                insert.addBatch();
                received.add(at);
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return received;
    }

    private String databaseName() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
