package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.dossier.DossierTestData;
import vn.motcua.report.Index766.Code;

/**
 * The 766 index of October 2026, computed by hand from eleven dossiers (the clock stands in November, so October is
 * whole). See {@link #october()} for each dossier and why it counts as it does.
 */
@ServerTest
public class Index766FiguresTest {

    public static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2026, 10));

    @Autowired
    Index766Figures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;

    Index766Dossiers dossiers;

    @BeforeEach
    void october() {
        data.startOfDay();
        DossierTestData.reset(jdbc);
        dossiers = new Index766Dossiers(jdbc);
        october(dossiers);
    }

    /**
     * Tư pháp (CB01): D1 finished early (digitised, paid at the counter, a "Không hài lòng" on the province's form);
     * D2 finished two days late (imported, so synced; documents digitised but not the result); D3 open past its due
     * date (online); D4 open, due in November (a "Bình thường" at the pad); D5 waiting for the citizen's supplement
     * since before its due date; D7 finished after its first due date but before the one its supplement moved (a
     * feedback names it); D8 finished early after a second supplement request; D9 withdrawn; D10 ended in September.
     * Kinh tế (CB02): D11 online, finished early, digitised, paid online, synced.
     */
    public static void october(Index766Dossiers d) {
        long d1 = d.dossier("D1", "TP", "CB01", at(10, 1, 8), at(10, 5, 16), at(10, 4, 10), "DONE");
        d.set(d1, "documents_digitised", true);
        d.set(d1, "result_digitised", true);
        d.set(d1, "paid_online", false);
        d.form(d1, "SATISFIED", "DISSATISFIED", at(10, 4, 11));
        long d2 = d.dossier("D2", "TP", "CB01", at(10, 1, 9), at(10, 5, 16), at(10, 7, 10), "RETURNED");
        d.set(d2, "source", "PROVINCE");
        d.set(d2, "documents_digitised", true);
        long d3 = d.dossier("D3", "TP", "CB01", at(10, 6, 8), at(10, 20, 16), null, "PROCESSING");
        d.set(d3, "channel", "ONLINE");
        long d4 = d.dossier("D4", "TP", "CB01", at(10, 28, 8), at(11, 5, 16), null, "PROCESSING");
        d.padRating(d4, "NEUTRAL", at(10, 28, 8));
        long d5 = d.dossier("D5", "TP", "CB01", at(10, 15, 8), at(10, 25, 16), null, "AWAITING_SUPPLEMENT");
        d.set(d5, "clock_stopped_at", Index766Dossiers.stamp(at(10, 20, 9)));
        d.supplement(d5, 1, at(10, 20, 9));
        long d7 = d.dossier("D7", "TP", "CB01", at(10, 1, 10), at(10, 12, 16), at(10, 10, 10), "DONE");
        d.supplement(d7, 1, at(10, 3, 9));
        d.feedback(d7, at(10, 11, 9));
        long d8 = d.dossier("D8", "TP", "CB01", at(10, 2, 8), at(10, 20, 16), at(10, 9, 10), "DONE");
        d.supplement(d8, 1, at(10, 3, 9));
        d.supplement(d8, 2, at(10, 6, 9));
        d.dossier("D9", "TP", "CB01", at(10, 2, 9), at(10, 8, 16), at(10, 8, 10), "WITHDRAWN");
        d.dossier("D10", "TP", "CB01", LocalDateTime.of(2026, 9, 20, 8, 0), LocalDateTime.of(2026, 9, 30, 16, 0),
                LocalDateTime.of(2026, 9, 28, 10, 0), "DONE");
        long d11 = d.dossier("D11", "KT", "CB02", at(10, 2, 8), at(10, 9, 16), at(10, 6, 10), "DONE");
        d.set(d11, "channel", "ONLINE");
        d.set(d11, "documents_digitised", true);
        d.set(d11, "result_digitised", true);
        d.set(d11, "paid_online", true);
        d.set(d11, "synced_at", Index766Dossiers.stamp(at(10, 2, 9)));
        d.padRating(d11, "SATISFIED", at(10, 6, 10));
    }

    public static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    @Test
    void theCentersCountsLeaveOutTheWithdrawnAndTheDossierEndedTheMonthBefore() {
        Index766.Counts counts = figures.center(OCTOBER).counts();
        // Handled D1 D2 D3 D4 D5 D7 D8 D11; late D2 (finished late), D3 (open past due), D8 (second request).
        assertThat(counts).isEqualTo(new Index766.Counts(8, 5, 2, 1, 1, 3, 8, 2, 2, 5, 2, 2, 1));
        assertThat(counts.late()).isEqualTo(3);
    }

    @Test
    void everyIndicatorOfTheCenterToTheDecimal() {
        Index766 center = figures.center(OCTOBER);
        expect(center, Code.SYNC, 25.0, 4.5);            // 2 synced of 8 received, of 18
        expect(center, Code.ON_TIME, 62.5, 12.5);        // 5 of 8, of 20
        expect(center, Code.ONLINE, 6.25, 1.5);          // 2 of 8 × 25% synced, full at 50, of 12
        expect(center, Code.DIGITISED, 40.0, 11.0);      // D1 and D11 of 5 finished, full at 80, of 22
        expect(center, Code.PAYMENT, 50.0, 5.0);         // D11 of D1 and D11 recorded, of 10
        expect(center, Code.SATISFACTION, 25.0, 5.0);    // 100 − 37.5 late − 37.5 dissatisfied, full at 90, of 18
        assertThat(center.indicator(Code.SYNC).estimate()).isTrue();
        assertThat(center.indicator(Code.ON_TIME).estimate()).isFalse();
        assertThat(center.score().orElseThrow()).isCloseTo(39.5, within(1e-9));
    }

    @Test
    void aNeutralAtThePadIsNotDissatisfiedWhenTheCenterSaysSo() {
        data.setting("neutral_satisfied", true);
        Index766 center = figures.center(OCTOBER);
        assertThat(center.counts().dissatisfied()).isEqualTo(2);
        expect(center, Code.SATISFACTION, 37.5, 7.5);
    }

    @Test
    void perUnit() {
        Index766 justice = figures.unit(OCTOBER, unit("TP"));
        assertThat(justice.counts().handled()).isEqualTo(7);
        expect(justice, Code.ON_TIME, 400.0 / 7, 20 * 4 / 7.0);
        expect(justice, Code.SATISFACTION, 100 - 300.0 / 7 - 300.0 / 7, (100 - 600.0 / 7) * 18 / 90);
        expect(justice, Code.DIGITISED, 25.0, 25 * 22 / 80.0);
        expect(justice, Code.PAYMENT, 0.0, 0.0);
        Index766 economy = figures.unit(OCTOBER, unit("KT"));
        for (Index766.Indicator each : economy.indicators()) {
            assertThat(each.percent()).contains(100.0);
            assertThat(each.points()).isEqualTo(each.max());
        }
        assertThat(economy.score()).contains(100.0);
        assertThat(figures.units(OCTOBER)).extracting(Index766::groupName)
                .containsExactlyInAnyOrder("Phòng Tư pháp – Hộ tịch", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội",
                        "Công an xã");
        Index766 police = figures.units(OCTOBER).stream().filter(each -> each.groupName().equals("Công an xã"))
                .findFirst().orElseThrow();
        assertThat(police.score()).isEmpty();
        assertThat(police.indicator(Code.ON_TIME).percent()).isEmpty();
    }

    @Test
    void perReceivingOfficer() {
        Index766 cb02 = figures.officers(OCTOBER).stream()
                .filter(each -> each.groupId().equals(Optional.of(data.officerId("CB02")))).findFirst().orElseThrow();
        assertThat(cb02.counts().handled()).isEqualTo(1);
        assertThat(cb02.score()).contains(100.0);
        Index766 cb01 = figures.officers(OCTOBER).stream()
                .filter(each -> each.groupId().equals(Optional.of(data.officerId("CB01")))).findFirst().orElseThrow();
        assertThat(cb01.counts().handled()).isEqualTo(7);
    }

    @Test
    void theRunningMonthIsCountedAsOfNow() {
        // 23/11 07:30: N1 is past its due date, N2 not yet; three days later both are.
        dossiers.dossier("N1", "TP", "CB01", at(11, 16, 8), at(11, 20, 16), null, "PROCESSING");
        dossiers.dossier("N2", "TP", "CB01", at(11, 16, 8), at(11, 25, 16), null, "PROCESSING");
        ReportPeriod november = ReportPeriod.month(YearMonth.of(2026, 11));
        Index766.Counts now = figures.center(november).counts();
        // D3 (still open, past due in October), D4 (due 5/11) and D5 (waiting) are handled in November too.
        assertThat(now.handled()).isEqualTo(5);
        assertThat(now.lateOpen()).isEqualTo(3); // D3, D4, N1
        clock.set(LocalDateTime.of(2026, 11, 26, 9, 0));
        assertThat(figures.center(november).counts().lateOpen()).isEqualTo(4);
    }

    @Test
    void aClockStoppedAfterTheDueDateDoesNotSaveTheDossier() {
        dossiers.set(dossiers.id("D5"), "clock_stopped_at", Index766Dossiers.stamp(at(10, 27, 9)));
        assertThat(figures.center(OCTOBER).counts().lateOpen()).isEqualTo(2);
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    static void expect(Index766 index, Code code, double percent, double points) {
        Index766.Indicator indicator = index.indicator(code);
        assertThat(indicator.percent().orElseThrow()).as(code + " percent").isCloseTo(percent, within(1e-9));
        assertThat(indicator.points()).as(code + " points").isCloseTo(points, within(1e-9));
    }
}
