package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.catalogue.StepKind;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.OfficerRoster;
import vn.motcua.queue.CounterWork;

/**
 * Hand-offs (Mẫu 06): who may give, to whom, the step and its own due time, the unit and status that follow, and the
 * control slip that names every holder with how long they held it and whether they were late.
 *
 * <p>By hand, 1.004873 (3 working days, steps 5 / 70 / 20 / 5 %) received Wednesday 2/12 09:30 is due Monday 7/12
 * 17:00; the working time between is 7.5 h (Wed) + 9.5 h (Thu) + 9.5 h (Fri) + 9.5 h (Mon) = 36 h. Reception (5 %,
 * 1 h 48 min) is due Wed 11:18; appraisal (75 %, 27 h) Mon 08:00; signature (95 %, 34 h 12 min) Mon 15:12.
 */
@ServerTest
class HandOffTest {

    @Autowired
    HandOffDossier handOff;
    @Autowired
    ControlSlip controlSlip;
    @Autowired
    Supplements supplements;
    @Autowired
    RecordResult result;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DueDates dueDates;
    @Autowired
    RecordProvinceDossiers recordProvinceDossiers;
    @Autowired
    CounterWork work;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    HandlingSteps steps;

    @Autowired
    OfficerRoster roster;

    @BeforeEach
    void wednesdayMorning() {
        steps.morning();
    }

    @Test
    void aDossierIsNeverHandedToAnOfficerWhoLeft() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        var holder = dossiers.find(code).orElseThrow().getHolderOfficerId();
        Officer gone = roster.add(new OfficerRoster.Entry("T18-HO", "Lưu Văn Tâm", null, steps.unitOf("CB03"), null),
                Actor.user("admin"));
        try {
            roster.leave(gone.getId(), Actor.user("admin"));

            assertThatThrownBy(() -> handOff.handOff(steps.officer("CB02"), code, "T18-HO", null, null))
                    .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("messageKey", "problem.officer.left");
            assertThat(dossiers.find(code).orElseThrow().getHolderOfficerId()).isEqualTo(holder);
        } finally {
            jdbc.sql("delete from officer where code = 'T18-HO'").update();
        }
    }

    @Test
    void theHolderHandsToAnotherUnitForTheNextStepDueAtItsShare() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);
        clock.advance(Duration.ofHours(1));

        DossierHandOff line = handOff.handOff(steps.officer("CB02"), received.getCode(), "cb01", null, "Thẩm định");

        assertThat(line.getSequenceNo()).isEqualTo(1);
        assertThat(line.getStep()).as("after reception, the procedure's next step").isEqualTo(StepKind.APPRAISAL);
        assertThat(line.getFromOfficerId()).contains(data.officerId("CB02"));
        assertThat(line.getToOfficerId()).isEqualTo(data.officerId("CB01"));
        assertThat(line.getToUnitId()).isEqualTo(steps.unit("TP"));
        assertThat(line.getHandedAt()).isEqualTo(clock.instant());
        assertThat(line.getNote()).contains("Thẩm định");
        assertThat(line.getStepDueAt()).isEqualTo(local(2026, 12, 7, 8, 0))
                .isEqualTo(dueDates.shareOf(received.getReceivedAt(), received.getDueAt(), 75));
        Dossier dossier = dossiers.find(received.getCode()).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.getHolderOfficerId()).contains(data.officerId("CB01"));
        assertThat(dossier.getHeldSince()).contains(clock.instant());
        assertThat(dossier.getUnitId()).contains(steps.unit("TP"));
        assertThat(dossier.getDueAt()).as("a hand-off moves no due date").isEqualTo(received.getDueAt());
        assertThat(dossiers.history(dossier)).filteredOn(event -> event.getKind() == DossierEventKind.HANDED_OFF)
                .singleElement().satisfies(event -> {
                    assertThat(event.getOfficerId()).contains(data.officerId("CB02"));
                    assertThat(event.getDetail()).hasValueSatisfying(detail -> assertThat(detail).contains("CB01"));
                });
    }

    @Test
    void aStepNamedIsDueAtItsOwnShareAndReceptionAtItsFirst() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);

        DossierHandOff signature = handOff.handOff(steps.officer("CB02"), received.getCode(), "CB07",
                StepKind.SIGNATURE, null);

        assertThat(signature.getStep()).isEqualTo(StepKind.SIGNATURE);
        assertThat(signature.getStepDueAt()).isEqualTo(local(2026, 12, 7, 15, 12));
        assertThat(controlSlip.of(received).getFirst().handOff().getStepDueAt()).isEqualTo(local(2026, 12, 2, 11, 18));
        DossierHandOff next = handOff.handOff(steps.officer("CB07"), received.getCode(), "CB01", null, null);
        assertThat(next.getStep()).isEqualTo(StepKind.RETURN);
        assertThat(next.getStepDueAt()).as("the last step is due with the dossier").isEqualTo(received.getDueAt());
    }

    @Test
    void onlyTheHolderTheHeadOfTheDossiersUnitOrAManagerHandsItOn() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);
        handOff.handOff(steps.officer("CB02"), received.getCode(), "CB03", null, null);

        refused(() -> handOff.handOff(steps.officer("CB04"), received.getCode(), "CB01", null, null),
                "problem.dossier.not-holder");
        refused(() -> handOff.handOff(steps.officer("CB01"), received.getCode(), "CB01", null, null),
                "problem.dossier.not-holder");
        assertThat(controlSlip.of(received)).hasSize(2);

        // CB02 heads KT, the dossier's unit: they hand it on for CB03, who stays the giver on the slip.
        DossierHandOff byHead = handOff.handOff(steps.head("CB02"), received.getCode(), "CB01", null, null);
        assertThat(byHead.getFromOfficerId()).contains(data.officerId("CB03"));
        // Now with TP: KT's head no longer answers for it, a manager does.
        refused(() -> handOff.handOff(steps.head("CB02"), received.getCode(), "CB03", null, null),
                "problem.dossier.not-holder");
        DossierHandOff byManager = handOff.handOff(steps.manager(), received.getCode(), "CB07", null, null);
        assertThat(byManager.getFromOfficerId()).contains(data.officerId("CB01"));
        assertThat(dossiers.find(received.getCode()).orElseThrow().getHolderOfficerId())
                .contains(data.officerId("CB07"));
        assertThat(dossiers.history(received)).filteredOn(event -> event.getKind() == DossierEventKind.HANDED_OFF)
                .extracting(DossierEvent::getActor).containsExactly("CB02", "CB02", "giamdoc");
    }

    @Test
    void handingToOneselfOrToNobodyKnownIsRefused() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);

        refused(() -> handOff.handOff(steps.officer("CB02"), received.getCode(), "CB02", null, null),
                "problem.dossier.hand-off-self");
        refused(() -> handOff.handOff(steps.officer("CB02"), received.getCode(), "CB99", null, null),
                "problem.officer.unknown");
        refused(() -> handOff.handOff(steps.officer("CB02"), "KHONG-CO", "CB01", null, null),
                "problem.dossier.unknown");
        refused(() -> handOff.handOff(steps.officer("CB02"), received.getCode(), "CB01", null, "x".repeat(501)),
                "problem.dossier.note-too-long");
        assertThat(controlSlip.of(received)).hasSize(1);
        assertThat(dossiers.find(received.getCode()).orElseThrow().getStatus()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void anOfficerOfTheUnitTakesOnAnImportedDossierNobodyHoldsHere() {
        recordProvinceDossiers.record(List.of(DossierTestData.row("TP-9", HandlingSteps.THREE_DAYS, null,
                DossierStatus.PROCESSING, LocalDateTime.of(2026, 12, 4, 17, 0), "Phòng Tư pháp – Hộ tịch")),
                Actor.SYSTEM);

        refused(() -> handOff.handOff(steps.officer("CB03"), "TP-9", "CB03", null, null), "problem.dossier.not-holder");
        DossierHandOff taken = handOff.handOff(steps.officer("CB01"), "TP-9", "CB01", null, null);

        assertThat(taken.getSequenceNo()).isZero();
        assertThat(taken.getFromOfficerId()).contains(data.officerId("CB01"));
        assertThat(dossiers.find("TP-9").orElseThrow().getHolderOfficerId()).contains(data.officerId("CB01"));
    }

    @Test
    void theControlSlipNamesEachHolderWithTheTimeHeldAndLateness() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);
        clock.advance(Duration.ofHours(1));
        handOff.handOff(steps.officer("CB02"), received.getCode(), "CB01", null, null);
        clock.set(LocalDateTime.of(2026, 12, 7, 10, 0));
        handOff.handOff(steps.officer("CB01"), received.getCode(), "CB07", null, null);
        clock.set(LocalDateTime.of(2026, 12, 7, 16, 0));

        List<ControlSlip.Line> slip = controlSlip.of(dossiers.find(received.getCode()).orElseThrow());

        assertThat(slip).extracting(line -> line.handOff().getToOfficerId())
                .containsExactly(data.officerId("CB02"), data.officerId("CB01"), data.officerId("CB07"));
        assertThat(slip).extracting(ControlSlip.Line::step)
                .containsExactly(StepKind.RECEPTION, StepKind.APPRAISAL, StepKind.SIGNATURE);
        assertThat(slip).extracting(ControlSlip.Line::heldFor).containsExactly(Duration.ofHours(1),
                Duration.ofDays(5).minusMinutes(30), Duration.ofHours(6));
        assertThat(slip).extracting(ControlSlip.Line::late).as("in time; past Mon 08:00; past Mon 15:12")
                .containsExactly(false, true, true);
        assertThat(slip).extracting(ControlSlip.Line::stillHeld).containsExactly(false, false, true);
    }

    @Test
    void timeWaitingForTheCitizenDoesNotMakeTheHolderLate() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);
        clock.advance(Duration.ofHours(1));
        handOff.handOff(steps.officer("CB02"), received.getCode(), "CB01", null, null);
        clock.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        supplements.ask(steps.officer("CB01"), received.getCode(),
                List.of(new SupplementRequest.MissingItem("Bản sao CCCD", "Bản sao bị mờ")), null);
        clock.set(LocalDateTime.of(2026, 12, 9, 9, 0));
        supplements.supplied(steps.officer("CB01"), received.getCode());
        clock.set(LocalDateTime.of(2026, 12, 9, 10, 0));

        ControlSlip.Line holding = controlSlip.of(dossiers.find(received.getCode()).orElseThrow()).getLast();

        assertThat(holding.waiting()).isEqualTo(Duration.ofDays(6));
        assertThat(holding.heldUntil()).as("held past the appraisal's Mon 08:00").isAfter(holding.handOff()
                .getStepDueAt());
        assertThat(holding.late()).as("one day's work of the appraisal's five, less six days waiting").isFalse();
        clock.set(LocalDateTime.of(2026, 12, 16, 10, 0));
        assertThat(controlSlip.of(dossiers.find(received.getCode()).orElseThrow()).getLast().late()).isTrue();
    }

    @Test
    void aResultGoesBackToTheCounterThatReturnsItAndThatHolderHoldsItUntilThen() {
        Dossier received = steps.received(HandlingSteps.THREE_DAYS);
        clock.advance(Duration.ofHours(1));
        handOff.handOff(steps.officer("CB02"), received.getCode(), "CB01", null, null);
        clock.advance(Duration.ofHours(2));
        result.record(steps.officer("CB01"), received.getCode(), DossierResult.APPROVED, null);
        clock.advance(Duration.ofMinutes(30));

        handOff.handOff(steps.officer("CB01"), received.getCode(), "CB07", StepKind.RETURN, null);
        clock.advance(Duration.ofHours(1));

        Dossier done = dossiers.find(received.getCode()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(DossierStatus.DONE);
        List<ControlSlip.Line> slip = controlSlip.of(done);
        assertThat(slip).extracting(ControlSlip.Line::heldFor).containsExactly(Duration.ofHours(1),
                Duration.ofMinutes(150), Duration.ofHours(1));
        assertThat(slip).extracting(ControlSlip.Line::stillHeld).containsExactly(false, false, true);
        refused(() -> handOff.handOff(steps.officer("CB07"), "NO-SUCH", "CB02", null, null), "problem.dossier.unknown");
    }

    private static java.time.Instant local(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
