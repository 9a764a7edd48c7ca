package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.OverdueList;
import vn.motcua.i18n.Translations;
import vn.motcua.report.DailyFigures;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Evaluator;
import vn.motcua.report.Index766Figures;
import vn.motcua.report.Index766Table;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.Rankings;
import vn.motcua.report.ReportCharts;
import vn.motcua.report.ReportPeriod;
import vn.motcua.report.Scorecards;
import vn.motcua.security.Role;

/**
 * Prints how long each report takes over the heavy year ({@link HeavyYear}, run with ./bench.sh reports; a subclass
 * runs it on PostgreSQL): after warm-ups, the median of several runs, against its goal, and the SQL statements one run
 * sends (a report that asks per officer or per dossier shows here first). On H2 the year is written once
 * into a file database under target/heavy-year and kept for the next run with the same seed and scale.
 */
@ServerTest
@EnabledIfSystemProperty(named = "bench", matches = "reports")
@Import(StatementMeter.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/heavy-year/year-${bench.seed:17}"
        + "-${bench.scale:1};WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64")
class ReportsBenchmark {

    /** One report: its name, its goal and how to draw it. */
    record Report(String name, long goalMs, Runnable run) {
    }

    private static final long SEED = Long.getLong("bench.seed", 17);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private static final int WARM_UPS = Integer.getInteger("bench.warm-ups", 3);
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final long MONTHLY_GOAL_MS = 2_000;
    private static final long DAILY_GOAL_MS = 200;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Index766Figures index766;
    @Autowired
    Index766Table index766Table;
    @Autowired
    Evaluations evaluations;
    @Autowired
    OverdueList overdue;
    @Autowired
    Scorecards scorecards;
    @Autowired
    MonthlyReports monthly;
    @Autowired
    Rankings rankings;
    @Autowired
    DailyFigures daily;
    @Autowired
    ReportCharts charts;

    List<Report> reports() {
        ReportPeriod month = ReportPeriod.month(MONTH);
        Evaluator manager = new Evaluator("giamdoc", Optional.empty(), Optional.empty(), Role.MANAGER);
        return List.of(
                new Report("766 index, month, center and units", MONTHLY_GOAL_MS, () -> {
                    index766.center(month);
                    index766.units(month);
                }),
                new Report("766 index table, month (file)", MONTHLY_GOAL_MS,
                        () -> index766Table.of(month, Optional.empty())),
                new Report("766 index, quarter, officers", MONTHLY_GOAL_MS,
                        () -> index766.officers(ReportPeriod.quarter(MONTH))),
                new Report("monthly evaluation", MONTHLY_GOAL_MS,
                        () -> evaluations.month(MONTH, Optional.empty(), manager)),
                new Report("overdue list, today", DAILY_GOAL_MS,
                        () -> overdue.of(DossierScope.everyUnit(), HeavyYear.NOW.toLocalDate())),
                new Report("overdue weekly, 8 weeks", MONTHLY_GOAL_MS,
                        () -> overdue.weekly(DossierScope.everyUnit(), 8)),
                new Report("scorecard, busiest officer, month", MONTHLY_GOAL_MS,
                        () -> scorecards.of("HY1000", month)),
                new Report("monthly report, every unit", MONTHLY_GOAL_MS,
                        () -> monthly.monthTable(MONTH, Optional.empty(), Translations.VIETNAMESE)),
                new Report("quarterly report, every unit", MONTHLY_GOAL_MS,
                        () -> monthly.quarterTable(MONTH, Optional.empty(), Translations.VIETNAMESE)),
                new Report("targets, month", MONTHLY_GOAL_MS, () -> monthly.targets(month, Optional.empty())),
                new Report("rankings, month", MONTHLY_GOAL_MS, () -> rankings.of(month)),
                new Report("rankings, quarter", MONTHLY_GOAL_MS, () -> rankings.of(ReportPeriod.quarter(MONTH))),
                new Report("daily report, a weekday", MONTHLY_GOAL_MS, () -> daily.of(MONTH.atDay(16))),
                new Report("daily report, the month's days", MONTHLY_GOAL_MS,
                        () -> daily.month(MONTH, HeavyYear.NOW.toLocalDate())),
                new Report("charts, satisfaction trend and on time by unit", MONTHLY_GOAL_MS, () -> {
                    charts.satisfactionTrend(MONTH, Translations.VIETNAMESE);
                    charts.onTimeByUnit(MONTH, Optional.empty(), Translations.VIETNAMESE);
                }));
    }

    @Test
    void reportFigures() throws Exception {
        clock.set(HeavyYear.NOW);
        long generatedMs = generateOnce();
        jdbc.sql("create table if not exists bench_touch (n integer)").update();
        String database = databaseName();
        List<String> lines = new ArrayList<>();
        long slowest = 0;
        double index766Ms = 0;
        double overdueMs = 0;
        for (Report report : reports()) {
            for (int i = 0; i < WARM_UPS; i++) {
                touch();
                report.run().run();
            }
            touch();
            StatementMeter.meter(Thread.currentThread());
            long statementsBefore = StatementMeter.statements();
            report.run().run();
            long statements = StatementMeter.statements() - statementsBefore;
            StatementMeter.meter(null);
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                touch();
                long begin = System.nanoTime();
                report.run().run();
                nanos.add(System.nanoTime() - begin);
            }
            Latencies runs = new Latencies(nanos);
            double median = runs.percentileMillis(50);
            slowest = Math.max(slowest, Math.round(median));
            if (report.name().startsWith("766 index, month")) {
                index766Ms = median;
            }
            if (report.name().startsWith("overdue list")) {
                overdueMs = median;
            }
            lines.add(String.format(Locale.ROOT, "%-38s %9.1f ms  max %8.1f ms  %4d statements  goal < %5d ms %s",
                    report.name(), median, runs.percentileMillis(100), statements, report.goalMs(),
                    median < report.goalMs() ? "ok" : "MISSED"));
        }
        System.out.printf(Locale.ROOT, "%nREPORTS BENCHMARK (%s, %d cores, seed %d, scale %s, %s)%n", database,
                Runtime.getRuntime().availableProcessors(), SEED, SCALE,
                generatedMs < 0 ? "year reused" : "year written in " + generatedMs / 1000 + " s");
        System.out.println(counts());
        System.out.printf(Locale.ROOT, "%-38s %12s%n", "report (median of " + RUNS + ", " + WARM_UPS + " warm-ups)",
                "time");
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "RESULT slowest_report_ms=%d index766_ms=%.1f overdue_list_ms=%.1f%n%n",
                slowest, index766Ms, overdueMs);
    }

    /**
     * One row changed before each run, as in a center where tickets are issued all day: H2 answers a query asked again
     * on the same connection from its last result while no data changed, which would time nothing.
     */
    private void touch() {
        if (jdbc.sql("update bench_touch set n = n + 1").update() == 0) {
            jdbc.sql("insert into bench_touch (n) values (0)").update();
        }
    }

    /** Writes the year unless this database already holds it (H2 keeps it in a file named by seed and scale). */
    private long generateOnce() throws Exception {
        Path marker = Path.of("target/heavy-year/year-" + SEED + "-" + System.getProperty("bench.scale", "1")
                + ".written");
        boolean h2 = databaseName().startsWith("H2");
        if (h2 && Files.exists(marker)) {
            return -1;
        }
        long begin = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            HeavyYear.Base base = HeavyYear.base(connection);
            String digest = HeavyYear.write(connection, base, SEED, SCALE);
            if (h2) {
                Files.writeString(marker, digest);
            }
        }
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private String counts() throws Exception {
        StringBuilder counts = new StringBuilder("rows:");
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : List.of("ticket", "ticket_event", "rating", "dossier", "dossier_hand_off",
                    "dossier_lateness", "dossier_warning", "feedback", "officer", "counter")) {
                try (var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.append(' ').append(table).append('=').append(rows.getLong(1));
                }
            }
        }
        assertThat(counts.toString()).doesNotContain("ticket=0");
        return counts.toString();
    }

    private String databaseName() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
