package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.AllAtOnce;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.StepKind;
import vn.motcua.center.CenterSettings;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.live.LiveUpdates;

/**
 * The minute watch with a clock the test moves. 1.004873 (three working days, steps 5 / 70 / 20 / 5 %) received Wed
 * 2/12 09:30 is due Mon 7/12 17:00 (hours 07:30-17:00, Monday to Friday: 36 working hours). Its reception step is
 * due at 5 % of them, Wed 11:18; its appraisal at 75 %, Mon 08:00. Handed on for the RETURN step (due with the
 * dossier), only the dossier's own due time is watched: 25 h before it is Sun 6/12 16:00, 23 h before Sun 18:00.
 * {@code DossierWatchOnPostgresTest} runs the same on PostgreSQL.
 */
@ServerTest
class DossierWatchTest {

    @Autowired
    DossierWatch watch;
    @Autowired
    LateDossiers lateDossiers;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Supplements supplements;
    @Autowired
    RecordProvinceDossiers record;
    @Autowired
    CenterSettings settings;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    HandlingSteps steps;
    @Autowired
    LiveUpdates live;

    @BeforeEach
    void morning() {
        steps.morning();
    }

    @AfterEach
    void warningHoursAsTheDemo() {
        settings.change(CenterSettings.Setting.WARNING_HOURS, 24, Actor.SYSTEM);
    }

    /** Received by CB02 (head of KT) at 09:30, handed to CB03 (KT) at 10:00 for the step due with the dossier. */
    private String withCb03() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        at(2026, 12, 2, 10, 0);
        handOff.handOff(steps.officer("CB02"), code, "CB03", StepKind.RETURN, null);
        return code;
    }

    @Test
    void aDossierIsWarnedOf23HoursAheadOnceAndFoundLateAtItsDueTimeOnTheHoldersAndTheHeadsNames() {
        String code = withCb03();

        at(2026, 12, 6, 16, 0);
        assertThat(watch.run(clock.instant())).as("25 h before").isEqualTo(new DossierWatch.Recorded(0, 0));
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).isEmpty();

        at(2026, 12, 6, 18, 0);
        assertThat(watch.run(clock.instant())).as("23 h before").isEqualTo(new DossierWatch.Recorded(1, 0));
        assertThat(watch.run(clock.instant())).as("the same minute again").isEqualTo(new DossierWatch.Recorded(0, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(watch.run(clock.instant())).as("the next minute").isEqualTo(new DossierWatch.Recorded(0, 0));
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).singleElement().satisfies(warning -> {
            assertThat(warning.get("officer_id")).isEqualTo(data.officerId("CB03"));
            assertThat(warning.get("unit_id")).isEqualTo(steps.unit("KT"));
            assertThat(instant(warning.get("due_at"))).isEqualTo(local(2026, 12, 7, 17, 0));
        });
        assertThat(lateDossiers.dueSoon(DossierScope.unit(steps.unit("KT")))).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(code);
            assertThat(line.scope()).isEqualTo(LateScope.DOSSIER);
            assertThat(line.holderName()).contains("Lê Minh Tuấn");
            assertThat(line.isLate()).isFalse();
        });

        at(2026, 12, 7, 17, 0);
        assertThat(watch.run(clock.instant())).as("due").isEqualTo(new DossierWatch.Recorded(0, 1));
        assertThat(rows("dossier_lateness", code, LateScope.DOSSIER)).singleElement().satisfies(late -> {
            assertThat(late.get("officer_id")).isEqualTo(data.officerId("CB03"));
            assertThat(late.get("unit_id")).isEqualTo(steps.unit("KT"));
            assertThat(late.get("head_officer_id")).isEqualTo(data.officerId("CB02"));
            assertThat(instant(late.get("found_at"))).isEqualTo(clock.instant());
        });
        assertThat(lateDossiers.late(DossierScope.unit(steps.unit("KT")))).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(code);
            assertThat(line.late().orElseThrow().officerName()).contains("Lê Minh Tuấn");
            assertThat(line.late().orElseThrow().headName()).contains("Trần Văn Đức");
        });
        assertThat(lateDossiers.dueSoon(DossierScope.everyUnit())).as("late, no longer due soon").isEmpty();

        at(2026, 12, 9, 9, 0);
        assertThat(watch.run(clock.instant())).as("after two days down").isEqualTo(new DossierWatch.Recorded(0, 0));
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).hasSize(1);
        assertThat(rows("dossier_lateness", code, LateScope.DOSSIER)).hasSize(1);
        assertThat(kinds(code)).as("the reception step's warning, the dossier's, its lateness")
                .filteredOn(kind -> kind == DossierEventKind.WARNED || kind == DossierEventKind.LATE)
                .containsExactly(DossierEventKind.WARNED, DossierEventKind.WARNED, DossierEventKind.LATE);
    }

    @Test
    void aDossierThatBecameLateOverANightOffIsFoundLateOnceWithoutAWarningFirst() {
        String code = withCb03();
        at(2026, 12, 4, 16, 0);
        watch.run(clock.instant());

        at(2026, 12, 8, 7, 30);
        List<DossierWatch.Recorded> atOnce = runAtOnce(4);

        assertThat(atOnce.stream().mapToInt(DossierWatch.Recorded::lateness).sum()).isEqualTo(1);
        assertThat(atOnce.stream().mapToInt(DossierWatch.Recorded::warnings).sum()).isZero();
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).isEmpty();
        assertThat(rows("dossier_lateness", code, LateScope.DOSSIER)).singleElement()
                .satisfies(late -> assertThat(late.get("officer_id")).isEqualTo(data.officerId("CB03")));
        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 0));
    }

    @Test
    void twoWatchesAtOnceWarnOnce() {
        String code = withCb03();
        at(2026, 12, 6, 18, 0);

        List<DossierWatch.Recorded> atOnce = runAtOnce(4);

        assertThat(atOnce.stream().mapToInt(DossierWatch.Recorded::warnings).sum()).isEqualTo(1);
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).hasSize(1);
    }

    @Test
    void fortyEightWarningHoursWarnADayEarlier() {
        String code = withCb03();
        settings.change(CenterSettings.Setting.WARNING_HOURS, 48, Actor.SYSTEM);

        at(2026, 12, 5, 16, 0);
        assertThat(watch.run(clock.instant())).as("49 h before").isEqualTo(new DossierWatch.Recorded(0, 0));
        at(2026, 12, 5, 18, 0);
        assertThat(watch.run(clock.instant())).as("47 h before").isEqualTo(new DossierWatch.Recorded(1, 0));
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).singleElement()
                .satisfies(warning -> assertThat(instant(warning.get("warned_at"))).isEqualTo(clock.instant()));
    }

    @Test
    void aSameDayProcedureWarnsFromReception() {
        String code = steps.received(HandlingSteps.SAME_DAY).getCode();

        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).as("checked after the reception's commit")
                .singleElement().satisfies(warning -> {
                    assertThat(warning.get("officer_id")).isEqualTo(data.officerId("CB02"));
                    assertThat(instant(warning.get("warned_at"))).isEqualTo(local(2026, 12, 2, 9, 30));
                });
    }

    @Test
    void theScreensOfThoseNamedAreToldAfterTheCommit() throws InterruptedException {
        BlockingQueue<DossierAlertsChanged> told = new LinkedBlockingQueue<>();
        var subscription = live.subscribe(DossierAlertsChanged.class, changed -> true, told::add);
        try {
            steps.received(HandlingSteps.SAME_DAY);
            DossierAlertsChanged atReception = told.poll(20, TimeUnit.SECONDS);
            assertThat(atReception).isNotNull();
            assertThat(atReception.unitIds()).containsExactly(steps.unit("KT"));
            assertThat(atReception.officerIds()).containsExactly(data.officerId("CB02"));

            at(2026, 12, 2, 17, 0);
            watch.run(clock.instant());
            DossierAlertsChanged atDue = told.poll(20, TimeUnit.SECONDS);
            assertThat(atDue).isNotNull();
            assertThat(atDue.officerIds()).as("the holder, who heads the unit too").containsExactly(
                    data.officerId("CB02"));
            assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 0));
            assertThat(told.poll(1, TimeUnit.SECONDS)).as("nothing new, nobody told").isNull();
        } finally {
            subscription.remove();
        }
    }

    @Test
    void anImportedDossierAlreadyPastDueIsLateAtOnceForItsUnitOrUnassigned() {
        LocalDateTime yesterday = LocalDateTime.of(2026, 12, 1, 16, 0);
        record.record(List.of(
                DossierTestData.row("IMP-KT", DossierTestData.OTHER_PROCEDURE, null, DossierStatus.PROCESSING,
                        yesterday, "KT"),
                DossierTestData.row("IMP-NOWHERE", DossierTestData.OTHER_PROCEDURE, null, DossierStatus.PROCESSING,
                        yesterday, "Sở Xây dựng"),
                DossierTestData.row("IMP-SOON", DossierTestData.OTHER_PROCEDURE, null, DossierStatus.PROCESSING,
                        LocalDateTime.of(2026, 12, 3, 8, 0), "KT"),
                DossierTestData.row("IMP-WAITING", DossierTestData.OTHER_PROCEDURE, null,
                        DossierStatus.AWAITING_SUPPLEMENT, yesterday, "KT")), Actor.SYSTEM);

        assertThat(rows("dossier_lateness", "IMP-KT", LateScope.DOSSIER)).singleElement().satisfies(late -> {
            assertThat(late.get("officer_id")).isNull();
            assertThat(late.get("unit_id")).isEqualTo(steps.unit("KT"));
            assertThat(late.get("head_officer_id")).isEqualTo(data.officerId("CB02"));
        });
        assertThat(rows("dossier_lateness", "IMP-NOWHERE", LateScope.DOSSIER)).singleElement().satisfies(late -> {
            assertThat(late.get("unit_id")).isNull();
            assertThat(late.get("head_officer_id")).isNull();
        });
        assertThat(rows("dossier_warning", "IMP-KT", LateScope.DOSSIER)).as("late, not warned first").isEmpty();
        assertThat(rows("dossier_warning", "IMP-SOON", LateScope.DOSSIER)).hasSize(1);
        assertThat(rows("dossier_lateness", "IMP-WAITING", LateScope.DOSSIER)).as("the clock stands").isEmpty();
        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 0));

        List<AlertLine> forTheManager = lateDossiers.late(DossierScope.everyUnit());
        assertThat(forTheManager).extracting(AlertLine::code).containsExactlyInAnyOrder("IMP-KT", "IMP-NOWHERE");
        assertThat(forTheManager).filteredOn(line -> line.code().equals("IMP-NOWHERE")).singleElement()
                .satisfies(line -> assertThat(line.late().orElseThrow().unassigned()).isTrue());
        assertThat(lateDossiers.late(DossierScope.unit(steps.unit("KT")))).extracting(AlertLine::code)
                .containsExactly("IMP-KT");
        assertThat(lateDossiers.late(DossierScope.unit(steps.unit("TP")))).isEmpty();
        assertThat(lateDossiers.dueSoon(DossierScope.unit(steps.unit("KT")))).extracting(AlertLine::code)
                .containsExactly("IMP-SOON");
        assertThat(lateDossiers.dueSoon(DossierScope.unit(steps.unit("TP")))).isEmpty();
    }

    @Test
    void aStepCanBeLateWhileTheDossierIsOnTimeAndBothAreWatched() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        assertThat(rows("dossier_warning", code, LateScope.STEP)).as("the reception step is due at 11:18")
                .singleElement().satisfies(warning -> {
                    assertThat(warning.get("hand_off_no")).isEqualTo(0);
                    assertThat(warning.get("officer_id")).isEqualTo(data.officerId("CB02"));
                });

        at(2026, 12, 2, 11, 30);
        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 1));
        assertThat(rows("dossier_lateness", code, LateScope.STEP)).singleElement().satisfies(late -> {
            assertThat(late.get("hand_off_no")).isEqualTo(0);
            assertThat(late.get("step")).isEqualTo("RECEPTION");
            assertThat(late.get("officer_id")).isEqualTo(data.officerId("CB02"));
            assertThat(late.get("head_officer_id")).isEqualTo(data.officerId("CB02"));
        });
        assertThat(rows("dossier_lateness", code, LateScope.DOSSIER)).as("the dossier is on time").isEmpty();
        assertThat(lateDossiers.late(DossierScope.everyUnit())).singleElement().satisfies(line -> {
            assertThat(line.scope()).isEqualTo(LateScope.STEP);
            assertThat(line.step()).contains(StepKind.RECEPTION);
        });

        at(2026, 12, 2, 12, 0);
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        at(2026, 12, 6, 9, 0);
        assertThat(watch.run(clock.instant())).as("the appraisal, due Mon 08:00").isEqualTo(
                new DossierWatch.Recorded(1, 0));
        assertThat(lateDossiers.dueSoon(DossierScope.unit(steps.unit("KT")))).singleElement().satisfies(line -> {
            assertThat(line.scope()).isEqualTo(LateScope.STEP);
            assertThat(line.step()).contains(StepKind.APPRAISAL);
            assertThat(line.dueAt()).isEqualTo(local(2026, 12, 7, 8, 0));
            assertThat(line.holderName()).contains("Lê Minh Tuấn");
        });
        assertThat(lateDossiers.heldBy(data.officerId("CB03"))).as("its late reception step, its appraisal due")
                .extracting(AlertLine::step).containsExactly(Optional.of(StepKind.RECEPTION),
                        Optional.of(StepKind.APPRAISAL));
        at(2026, 12, 7, 8, 30);
        assertThat(watch.run(clock.instant())).as("the appraisal late, the dossier warned of").isEqualTo(
                new DossierWatch.Recorded(1, 1));
        assertThat(rows("dossier_lateness", code, LateScope.STEP)).extracting(row -> row.get("officer_id"))
                .containsExactly(data.officerId("CB02"), data.officerId("CB03"));
        assertThat(rows("dossier_lateness", code, LateScope.DOSSIER)).isEmpty();
    }

    @Test
    void anEarlierTurnHandedOnAfterItsStepsDueIsLateOnce() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        at(2026, 12, 2, 14, 0);
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);

        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 1));
        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(0, 0));
        assertThat(rows("dossier_lateness", code, LateScope.STEP)).singleElement().satisfies(late -> {
            assertThat(late.get("officer_id")).isEqualTo(data.officerId("CB02"));
            assertThat(instant(late.get("due_at"))).isEqualTo(local(2026, 12, 2, 11, 18));
        });
    }

    @Test
    void timeWaitingForTheCitizensSupplementMakesNothingLate() {
        String code = withCb03();
        at(2026, 12, 4, 16, 0);
        supplements.ask(steps.officer("CB03"), code, List.of(new MissingItem("Tờ khai có chữ ký", "Chưa ký")), null);

        at(2026, 12, 8, 9, 0);
        assertThat(watch.run(clock.instant())).as("past the first due date, waiting").isEqualTo(
                new DossierWatch.Recorded(0, 0));
        at(2026, 12, 8, 10, 0);
        supplements.supplied(steps.officer("CB03"), code);
        assertThat(watch.run(clock.instant())).as("due Wed 9/12 11:00, 25 h on").isEqualTo(
                new DossierWatch.Recorded(0, 0));
        at(2026, 12, 8, 12, 0);
        assertThat(watch.run(clock.instant())).isEqualTo(new DossierWatch.Recorded(1, 0));
        assertThat(rows("dossier_warning", code, LateScope.DOSSIER)).singleElement().satisfies(warning ->
                assertThat(instant(warning.get("due_at"))).isEqualTo(local(2026, 12, 9, 11, 0)));
        assertThat(rows("dossier_lateness", code, null)).isEmpty();
    }

    private List<DossierWatch.Recorded> runAtOnce(int watches) {
        Instant now = clock.instant();
        try {
            return AllAtOnce.run(watches, n -> () -> watch.run(now));
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private List<Map<String, Object>> rows(String table, String code, LateScope scope) {
        return jdbc.sql("select t.* from " + table + " t join dossier d on d.id = t.dossier_id where d.code = ?"
                        + " and (cast(? as varchar(10)) is null or t.scope = ?) order by t.id")
                .params(code, scope == null ? null : scope.name(), scope == null ? null : scope.name())
                .query().listOfRows().stream().map(DossierWatchTest::lowerCase).toList();
    }

    /** Column names as H2 (upper case) and PostgreSQL (lower case) give them, and numbers as their Java kind. */
    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT),
                value instanceof Number number && !(value instanceof Integer) ? (Object) number.longValue() : value));
        return lower;
    }

    private List<DossierEventKind> kinds(String code) {
        return jdbc.sql("select e.kind from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ?"
                + " order by e.id").param(code).query(String.class).list().stream().map(DossierEventKind::valueOf)
                .toList();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalArgumentException(String.valueOf(value));
        };
    }
}
