package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierTestData;

/**
 * A shortened simulated day (the morning peak, 07:30 to 10:00, then closing time; a hand-moved clock) on the real
 * database: every ticket ends, ratings belong to served tickets and their officers, dossiers to the visit and officer
 * that took them, the shares are plausible, and the same seed plays the same day.
 */
@ServerTest
class SimulatedDayTest {

    /** Wednesday 2 December 2026: a working day of the demo calendar, with a leader on duty to sign. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    static final LocalTime SHORT_DAY_ENDS = LocalTime.of(10, 0);
    static final long SEED = 7;
    static final int VISITORS = 180;

    @Autowired
    SimulatedDay simulatedDay;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aShortenedDayEndsEveryTicketAndKeepsRatingsAndDossiersWithTheirOfficers() {
        DayFigures day = playMorning();

        assertThat(day.refused()).as("moves the services refused: %s", day.line()).isZero();
        assertThat(day.issued()).as(day.line()).isBetween(60, 140);
        assertThat(day.served()).isGreaterThan(day.issued() / 3);
        assertThat(day.carriedOver()).as("the queue still waiting at the end of the short day").isPositive();
        assertThat(count("select count(*) from ticket where service_day = ?")).isEqualTo(day.issued());
        // Every ticket of the day ended at closing: served, absent, or carried to the next working day with its number.
        assertThat(count("select count(*) from ticket where service_day = ? and status not in ('DONE', 'NO_SHOW')"
                + " and not (status = 'WAITING' and carried_from = service_day and queue_day > service_day)")).isZero();
        assertThat(count("select count(*) from ticket where service_day = ? and carried_from is not null"))
                .isEqualTo(day.carriedOver());
        assertThat(count("select count(*) from ticket where service_day = ? and status = 'NO_SHOW'"))
                .isEqualTo(day.absent());
        // Ratings only for served tickets, on the name of the officer who served them.
        assertThat(count("select count(*) from rating r join ticket t on t.id = r.ticket_id where t.service_day = ?"))
                .isEqualTo(day.rated()).isPositive();
        assertThat(count("select count(*) from rating r join ticket t on t.id = r.ticket_id where t.service_day = ?"
                + " and (t.status <> 'DONE' or t.served_at is null or t.officer_id <> r.officer_id)")).isZero();
        assertThat(count("select count(distinct rating_id) from rating_reason rr join rating r on r.id = rr.rating_id"
                + " join ticket t on t.id = r.ticket_id where t.service_day = ?")).isEqualTo(day.withReasons());
        // Dossiers linked to the ticket served and to the officer who received them, who served that ticket.
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(day.dossiers())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from dossier d join dossier_visit v on v.dossier_id = d.id join ticket t"
                + " on t.id = v.ticket_id where d.receiving_officer_id = v.officer_id and t.officer_id = v.officer_id")
                .query(Long.class).single()).isEqualTo(day.dossiers());
        assertThat(day.handedOff() + day.finishedOnTheSpot() + day.supplements()).isPositive();
        assertThat(jdbc.sql("select count(*) from dossier_lateness").query(Long.class).single())
                .as("steps or dossiers that went late").isPositive();
        // Every counter was opened through a counter session, as an officer's console opens it.
        assertThat(jdbc.sql("select count(distinct counter_id) from counter_session").query(Long.class).single())
                .isEqualTo(SimulatedDay.MORNING_SEATS.size());
    }

    @Test
    void sharesArePlausibleAndTheSameSeedPlaysTheSameDay() {
        DayFigures first = playMorning();
        DayFigures second = playMorning();

        assertThat(second).isEqualTo(first);
        double priorityShare = (double) first.priority() / first.issued();
        double absentShare = (double) first.absent() / first.called();
        assertThat(priorityShare).as(first.line()).isBetween(0.02, 0.16);
        assertThat(absentShare).as(first.line()).isBetween(0.01, 0.14);
        assertThat(first.transferred()).as(first.line()).isBetween(1, first.served() / 5);
        assertThat((double) first.rated() / first.served()).as(first.line()).isBetween(0.55, 0.95);
        assertThat(first.withReasons()).isLessThan(first.rated() / 4 + 1);
        assertThat(playMorning(SEED + 1)).as("another seed, another day").isNotEqualTo(first);
    }

    @Test
    void aDayStartedAfterLunchLetsNoMorningCrowdIn() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(WEDNESDAY.atTime(14, 0));
        Instant from = local(LocalTime.of(14, 0)).minus(SimulatedDay.LATE_START_GRACE);
        Instant until = local(LocalTime.of(15, 0));
        int due = (int) DayPlan.draw(SEED, WEDNESDAY, LocalTime.of(7, 30), LocalTime.of(17, 0), VISITORS).stream()
                .filter(visitor -> !visitor.arrivesAt().isBefore(from) && visitor.arrivesAt().isBefore(until))
                .count();

        DayFigures afternoon = simulatedDay.play(WEDNESDAY, SEED, VISITORS, LocalTime.of(15, 0), this::noPace);

        assertThat(afternoon.issued()).as(afternoon.line()).isEqualTo(due).isBetween(5, 40);
        assertThat(afternoon.refused()).isZero();
    }

    private static Instant local(LocalTime time) {
        return WEDNESDAY.atTime(time).atZone(CenterTime.ZONE).toInstant();
    }

    private DayFigures playMorning() {
        return playMorning(SEED);
    }

    private DayFigures playMorning(long seed) {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        clock.set(WEDNESDAY.atTime(7, 0));
        return simulatedDay.play(WEDNESDAY, seed, VISITORS, SHORT_DAY_ENDS, this::noPace);
    }

    /** The test's clock jumps to each moment: a morning plays in seconds. */
    private boolean noPace(Instant moment) {
        if (moment.isAfter(clock.instant())) {
            clock.set(LocalDateTime.ofInstant(moment, CenterTime.ZONE));
        }
        return true;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(WEDNESDAY).query(Long.class).single();
    }
}
