package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.OverdueDay;
import vn.motcua.dossier.OverdueList;
import vn.motcua.report.Evaluation;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Index766;
import vn.motcua.report.Index766Figures;
import vn.motcua.report.ReportPeriod;

/**
 * The heavy year at 1/200 (the benchmark writes it whole): about the counts asked for, the same digest for the same
 * seed and another for another seed, every ticket in a final state, ratings only of served tickets by the officer who
 * served them, and the application's own reports reading it as a center's year. A database of its own: the year must
 * not show in the other tests' demo center.
 */
@ServerTest
@TestPropertySource(properties = "motcua.test.heavy-year=1/200")
@DirtiesContext
class HeavyYearTest {

    private static final double SCALE = 1 / 200.0;
    private static final long SEED = 17;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Index766Figures index766;
    @Autowired
    Evaluations evaluations;
    @Autowired
    OverdueList overdue;

    @Test
    void aYearAtOneTwoHundredth() throws Exception {
        HeavyYear.Base base;
        String digest;
        try (Connection connection = dataSource.getConnection()) {
            base = HeavyYear.base(connection);
            digest = HeavyYear.write(connection, base, SEED, SCALE);
        }
        assertThat(HeavyYear.write(null, base, SEED, SCALE)).as("same seed, same year").isEqualTo(digest);
        assertThat(HeavyYear.write(null, base, SEED + 1, SCALE)).as("another seed").isNotEqualTo(digest);

        assertThat(count("select count(*) from ticket where tracking_code like 'hy-%'"))
                .isBetween(4_500L, 5_500L);
        assertThat(count("select count(*) from dossier where code like '000.00.00.H00-%'")).isBetween(900L, 1_100L);
        assertThat(count("select count(*) from rating r join ticket t on t.id = r.ticket_id"
                + " where t.tracking_code like 'hy-%'")).isBetween(2_200L, 2_800L);
        assertThat(count("select count(*) from officer")).isGreaterThanOrEqualTo(120);
        assertThat(count("select count(*) from counter")).isGreaterThanOrEqualTo(60);
        assertThat(count("select count(distinct officer_id) from counter_session")).as("officers move between counters")
                .isGreaterThan(100);

        assertThat(count("select count(*) from ticket where status not in ('DONE', 'NO_SHOW')"))
                .as("every ticket in a final state").isZero();
        assertThat(count("select count(*) from rating r join ticket t on t.id = r.ticket_id where t.status <> 'DONE'"
                + " or t.officer_id <> r.officer_id or t.counter_id <> r.counter_id or r.rated_at < t.finished_at"))
                .as("ratings only of served tickets, by their officer, after the service").isZero();
        assertThat(count("select count(*) from rating r where r.level in ('UNSATISFIED', 'VERY_UNSATISFIED')"
                + " and not exists (select 1 from rating_follow_up f where f.rating_id = r.id)"))
                .as("every dissatisfied rating followed up").isZero();
        assertThat(count("select count(*) from ticket where called_at < issued_at or finished_at < called_at"))
                .isZero();
        assertThat(count("select count(*) from dossier_lateness l join dossier d on d.id = l.dossier_id"
                + " where l.due_at <> d.due_at")).as("lateness of the dossier's own due time").isZero();
        assertThat(count("select count(*) from dossier where due_at < received_at")).isZero();

        clock.set(HeavyYear.NOW);
        Index766 november = index766.center(ReportPeriod.month(YearMonth.of(2026, 11)));
        assertThat(november.counts().handled()).isGreaterThan(50);
        assertThat(november.counts().late()).as("some late, most on time").isPositive()
                .isLessThan(november.counts().handled() / 4);
        Evaluation.Month month = evaluations.all(YearMonth.of(2026, 11));
        assertThat(month.officers()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(month.officers().stream().filter(each -> each.officer().figures().services() > 0).count())
                .isGreaterThan(60);
        OverdueDay today = overdue.of(DossierScope.everyUnit(), HeavyYear.NOW.toLocalDate());
        assertThat(today.lateCount() + today.dueSoonCount()).as("the morning's overdue list").isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
