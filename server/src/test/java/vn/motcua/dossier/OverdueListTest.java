package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierWarningRepository;
import vn.motcua.i18n.Refusal;

/**
 * The daily overdue list and the weekly count, from latenesses and warnings recorded as the watch records them: per
 * unit, longest late first, the unassigned for the manager only, a head's unit alone, weeks cut in the center's time.
 *
 * <p>On Wednesday 2/12/2026 09:30 (demo calendar, 07:30-17:00 Monday to Friday) CB02 (head of KT) receives a dossier
 * of three working days, due Monday 7/12 17:00 and warned of; the province's dossiers of the usual set are late:
 * TP-1 (due 20/11) and TP-2 (23/11) for Tư pháp, KT-1 (21/11) for Kinh tế held by CB03, XD-1 (22/11) for no unit here.
 */
@ServerTest
class OverdueListTest {

    @Autowired
    OverdueList overdue;
    @Autowired
    Dossiers dossiers;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    DossierLatenessRepository latenesses;
    @Autowired
    DossierWarningRepository warnings;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    HandlingSteps steps;

    private Dossier received;

    @BeforeEach
    void wednesdayWithLateDossiers() {
        steps.morning();
        DossierTestData.record(recordProvinceDossiers);
        received = steps.received(HandlingSteps.THREE_DAYS);
        LateTestData.forgetWatch(steps.jdbc());
        warnings.save(new DossierWarning(received, LateScope.DOSSIER, 0, received.getDueAt(), clock.instant(),
                data.officerId("CB02"), steps.unit("KT")));
        late("TP-1", local(2026, 11, 29, 23, 30), null, steps.unit("TP"), null);
        late("TP-2", local(2026, 11, 30, 0, 30), null, steps.unit("TP"), null);
        late("KT-1", local(2026, 12, 2, 9, 0), data.officerId("CB03"), steps.unit("KT"), data.officerId("CB02"));
        late("XD-1", local(2026, 12, 1, 10, 0), null, null, null);
    }

    @Test
    void theManagerReadsEveryUnitLongestLateFirstAndTheUnassignedLast() {
        clock.set(LocalDateTime.of(2026, 12, 4, 10, 30));

        OverdueDay day = overdue.of(DossierScope.everyUnit(), today());

        assertThat(day.groups()).as("every unit by name, then the unassigned").extracting(OverdueDay.Group::unitName)
                .containsExactly("Công an xã", "Phòng Kinh tế", "Phòng Tư pháp – Hộ tịch", "Phòng Văn hóa – Xã hội", "");
        OverdueDay.Group tp = day.groups().get(2);
        assertThat(tp.late()).extracting(OverdueDay.Line::code).as("the longest late first").containsExactly("TP-1", "TP-2");
        assertThat(tp.late().getFirst().procedureName()).contains(DossierTestData.KNOWN_PROCEDURE_NAME);
        assertThat(tp.late().get(1).procedureName()).as("a procedure the catalogue lacks").isEmpty();
        assertThat(tp.late().getFirst().lateBy().orElseThrow().total())
                .isGreaterThan(tp.late().get(1).lateBy().orElseThrow().total());
        assertThat(tp.late().getFirst().holderName()).as("imported: nobody here holds it").isEmpty();
        assertThat(tp.headName()).as("Tư pháp has no head's account in the demo").isEmpty();
        OverdueDay.Group kt = day.groups().get(1);
        assertThat(kt.headName()).contains("Trần Văn Đức");
        OverdueDay.Line kt1 = kt.late().getFirst();
        assertThat(kt1.code()).isEqualTo("KT-1");
        assertThat(kt1.answeringOfficer()).contains("Lê Minh Tuấn");
        assertThat(kt1.answeringHead()).contains("Trần Văn Đức");
        assertThat(kt.dueSoon()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo(received.getCode());
            assertThat(line.isLate()).isFalse();
            assertThat(line.lateBy()).isEmpty();
            assertThat(line.holderName()).contains("Trần Văn Đức");
            assertThat(line.heldSince()).contains(local(2026, 12, 2, 9, 30));
            // Wednesday 09:30-17:00 (7 h 30), all of Thursday (one working day), Friday 07:30-10:30 (3 h).
            assertThat(line.heldFor()).contains(new WorkingSpan(Duration.ofHours(20), 1, Duration.ofMinutes(630)));
            assertThat(line.dueAt()).isEqualTo(local(2026, 12, 7, 17, 0));
        });
        assertThat(day.groups().getFirst().isEmpty()).isTrue();
        OverdueDay.Group unassigned = day.groups().getLast();
        assertThat(unassigned.isUnassigned()).isTrue();
        assertThat(unassigned.late()).singleElement().satisfies(line -> {
            assertThat(line.code()).isEqualTo("XD-1");
            assertThat(line.unitNamed()).contains("Sở Xây dựng");
            assertThat(line.answeringOfficer()).isEmpty();
        });
        assertThat(day.lateCount()).isEqualTo(4);
        assertThat(day.dueSoonCount()).isEqualTo(1);
    }

    @Test
    void aHeadReadsTheirUnitAloneWithoutTheUnassigned() {
        OverdueDay day = overdue.of(DossierScope.unit(steps.unit("KT")), today());

        assertThat(day.groups()).singleElement().satisfies(group -> {
            assertThat(group.unitName()).isEqualTo("Phòng Kinh tế");
            assertThat(group.late()).extracting(OverdueDay.Line::code).containsExactly("KT-1");
            assertThat(group.dueSoon()).extracting(OverdueDay.Line::code).containsExactly(received.getCode());
        });
    }

    @Test
    void theListIsDrawnForTodayOnly() {
        assertThatThrownBy(() -> overdue.of(DossierScope.everyUnit(), today().minusDays(1)))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("problem.overdue.day"));
    }

    @Test
    void weeksAreCountedMondayToSundayInTheCentersTime() {
        // Not a dossier found late: a step is, and the weekly count is of dossiers.
        latenesses.save(new DossierLateness(received, LateScope.STEP, 0, null, received.getReceivedAt(),
                clock.instant(), data.officerId("CB02"), steps.unit("KT"), data.officerId("CB02")));

        OverdueWeeks weeks = overdue.weekly(DossierScope.everyUnit(), 2);

        assertThat(weeks.weeks()).extracting(OverdueWeeks.Week::number).containsExactly(48, 49);
        assertThat(weeks.weeks().getLast().monday()).isEqualTo(today().minusDays(2));
        // TP-1 was found on Sunday 23:30 and TP-2 on Monday 00:30 in Hà Nội: both Sunday in UTC, a week apart here.
        assertThat(weeks.units()).extracting(OverdueWeeks.UnitCounts::unitName).containsExactly("Công an xã",
                "Phòng Kinh tế", "Phòng Tư pháp – Hộ tịch", "Phòng Văn hóa – Xã hội", "");
        assertThat(counts(weeks)).containsExactly(List.of(0, 0), List.of(0, 1), List.of(1, 1), List.of(0, 0),
                List.of(0, 1));
        assertThat(weeks.units().getLast().isUnassigned()).isTrue();
        assertThat(weeks.units().get(2).total()).isEqualTo(2);

        OverdueWeeks kt = overdue.weekly(DossierScope.unit(steps.unit("KT")), 2);
        assertThat(kt.units()).singleElement().satisfies(unit -> {
            assertThat(unit.unitName()).isEqualTo("Phòng Kinh tế");
            assertThat(unit.counts()).containsExactly(0, 1);
        });
        assertThat(overdue.weekly(DossierScope.everyUnit(), 1).units().get(2).counts()).containsExactly(1);
        assertThatThrownBy(() -> overdue.weekly(DossierScope.everyUnit(), 53)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> overdue.weekly(DossierScope.everyUnit(), 0)).isInstanceOf(Refusal.class);
    }

    private static List<List<Integer>> counts(OverdueWeeks weeks) {
        return weeks.units().stream().map(OverdueWeeks.UnitCounts::counts).toList();
    }

    private void late(String code, Instant foundAt, Long officerId, Long unitId, Long headId) {
        Dossier dossier = dossiers.find(code).orElseThrow();
        latenesses.save(new DossierLateness(dossier, LateScope.DOSSIER, 0, null, dossier.getDueAt(), foundAt,
                officerId, unitId, headId));
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CenterTime.ZONE);
    }
}
