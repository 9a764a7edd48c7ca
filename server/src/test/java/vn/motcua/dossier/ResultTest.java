package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
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
import vn.motcua.center.DutyRoster;
import vn.motcua.dossier.SupplementRequest.MissingItem;
import vn.motcua.i18n.Refusal;
import vn.motcua.queue.Ticket;

/**
 * The result (approved, refused, withdrawn) on the name of who records it, the leader on duty's signature on a
 * same-day result, and the return at a counter only once there is a result.
 */
@ServerTest
class ResultTest {

    @Autowired
    RecordResult recordResult;
    @Autowired
    Supplements supplements;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    LinkVisit linkVisit;
    @Autowired
    ControlSlip controlSlip;
    @Autowired
    DutyRoster roster;
    @Autowired
    Dossiers dossiers;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    HandlingSteps steps;

    @BeforeEach
    void wednesdayMorning() {
        steps.morning();
    }

    @Test
    void anApprovedDossierIsDoneWhenRecordedAndTheSlipEndsThere() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        clock.advance(Duration.ofHours(2));

        Dossier done = recordResult.record(steps.officer("CB03"), code, DossierResult.APPROVED, null);

        assertThat(done.getStatus()).isEqualTo(DossierStatus.DONE);
        assertThat(done.getProcessedAt()).contains(clock.instant());
        assertThat(done.getOutcome().getResult()).contains(DossierResult.APPROVED);
        assertThat(done.getOutcome().getSignedBy()).as("signed in the usual way, not on the spot").isEmpty();
        assertThat(dossiers.history(done)).filteredOn(event -> event.getKind() == DossierEventKind.RESULT_RECORDED)
                .singleElement().satisfies(event -> assertThat(event.getOfficerId()).contains(data.officerId("CB03")));
        clock.advance(Duration.ofHours(1));
        assertThat(controlSlip.of(dossiers.find(code).orElseThrow()).getLast()).satisfies(line -> {
            assertThat(line.stillHeld()).isFalse();
            assertThat(line.heldFor()).isEqualTo(Duration.ofHours(2));
        });
        refused(() -> recordResult.record(steps.officer("CB03"), code, DossierResult.WITHDRAWN, "Rút"),
                "problem.dossier.closed");
    }

    @Test
    void refusingOrWithdrawingSaysWhy() {
        String refusedCode = steps.received(HandlingSteps.THREE_DAYS).getCode();
        String withdrawnCode = steps.received(HandlingSteps.THREE_DAYS).getCode();

        refused(() -> recordResult.record(steps.officer("CB02"), refusedCode, DossierResult.REFUSED, " "),
                "problem.dossier.reason-missing");
        refused(() -> recordResult.record(steps.officer("CB02"), withdrawnCode, DossierResult.WITHDRAWN, null),
                "problem.dossier.reason-missing");
        refused(() -> recordResult.record(steps.officer("CB02"), refusedCode, null, null),
                "problem.dossier.result-missing");
        assertThat(dossiers.find(refusedCode).orElseThrow().getStatus()).isEqualTo(DossierStatus.RECEIVED);

        Dossier denied = recordResult.record(steps.officer("CB02"), refusedCode, DossierResult.REFUSED,
                "Không đủ điều kiện theo Điều 22");
        Dossier withdrawn = recordResult.record(steps.officer("CB02"), withdrawnCode, DossierResult.WITHDRAWN,
                "Công dân xin rút");

        assertThat(denied.getStatus()).isEqualTo(DossierStatus.DENIED);
        assertThat(denied.getOutcome().getReason()).contains("Không đủ điều kiện theo Điều 22");
        assertThat(withdrawn.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void noApprovalWhileTheCitizenSupplementsAndNoneByAnotherOfficer() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        refused(() -> recordResult.record(steps.officer("CB04"), code, DossierResult.APPROVED, null),
                "problem.dossier.not-holder");
        refused(() -> recordResult.record(steps.officer("CB02"), code, DossierResult.APPROVED, null),
                "problem.dossier.not-holder");
        supplements.ask(steps.officer("CB03"), code, List.of(new MissingItem("Tờ khai", "Chưa ký")), null);

        refused(() -> recordResult.record(steps.officer("CB03"), code, DossierResult.APPROVED, null),
                "problem.dossier.awaiting-supplement");
        assertThat(dossiers.find(code).orElseThrow().getOutcome().getResult()).isEmpty();
        assertThat(recordResult.record(steps.head("CB02"), code, DossierResult.WITHDRAWN, "Không bổ sung").getStatus())
                .as("the head of the dossier's unit closes it for the holder").isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void aSameDayResultIsSignedByTheLeaderOnDutyThatDay() {
        String code = steps.received(HandlingSteps.SAME_DAY).getCode();
        DutyRoster.LeaderOnDuty onDuty = roster.on(LocalDate.of(2026, 12, 2)).orElseThrow();

        Dossier done = recordResult.record(steps.officer("CB02"), code, DossierResult.APPROVED, null);

        assertThat(done.getOutcome().getSignedBy()).contains(onDuty.signature())
                .contains("Chủ tịch UBND xã Nguyễn Văn Bình");
        assertThat(dossiers.history(done)).filteredOn(event -> event.getKind() == DossierEventKind.RESULT_RECORDED)
                .singleElement().satisfies(event -> assertThat(event.getDetail()).hasValueSatisfying(
                        detail -> assertThat(detail).contains("Nguyễn Văn Bình")));
    }

    @Test
    void aSameDayResultWithNobodyOnDutyIsRefused() {
        // The demo's roster ends on 29/1/2027: Monday 1/2/2027 is a working day with nobody on duty.
        clock.set(LocalDateTime.of(2027, 2, 1, 9, 0));
        assertThat(roster.on(LocalDate.of(2027, 2, 1))).isEmpty();
        String code = steps.received(HandlingSteps.SAME_DAY).getCode();

        refused(() -> recordResult.record(steps.officer("CB02"), code, DossierResult.APPROVED, null),
                "problem.dossier.no-leader-on-duty");
        assertThat(dossiers.find(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(recordResult.record(steps.officer("CB02"), code, DossierResult.WITHDRAWN, "Công dân xin rút")
                .getOutcome().getSignedBy()).as("a withdrawal needs no signature").isEmpty();
    }

    @Test
    void aDossierReceivedHereIsReturnedOnlyOnceItHasAResult() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        clock.advance(Duration.ofDays(1));
        Ticket collecting = steps.serving();

        refused(() -> linkVisit.link(steps.seat(3, "CB02"), code, VisitPurpose.COLLECTION),
                "problem.dossier.not-collectable");
        assertThat(dossiers.visits(dossiers.find(code).orElseThrow())).isEmpty();
        recordResult.record(steps.officer("CB03"), code, DossierResult.APPROVED, null);

        LinkVisit.LinkedVisit returned = linkVisit.link(steps.seat(3, "CB02"), code, VisitPurpose.COLLECTION);

        Dossier dossier = dossiers.find(code).orElseThrow();
        assertThat(returned.linkedNow()).isTrue();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.getReturnedAt()).contains(clock.instant());
        assertThat(dossier.getOutcome().getReturningOfficerId()).contains(data.officerId("CB02"));
        assertThat(dossier.getOutcome().getResult()).as("the result stays on record").contains(DossierResult.APPROVED);
        assertThat(dossiers.visits(dossier)).singleElement().satisfies(visit -> {
            assertThat(visit.getTicketId()).isEqualTo(collecting.getId());
            assertThat(visit.getPurpose()).isEqualTo(VisitPurpose.COLLECTION);
        });
        refused(() -> recordResult.record(steps.officer("CB03"), code, DossierResult.REFUSED, "Sai"),
                "problem.dossier.closed");
    }

    @Test
    void aSameDayProcedureGoesFromReceptionToReturnInOneVisit() {
        Ticket visit = steps.serving();
        Dossier received = steps.received(HandlingSteps.SAME_DAY);
        assertThat(received.getDueAt()).as("due at closing the same day")
                .isEqualTo(DossierTestData.local(LocalDateTime.of(2026, 12, 2, 17, 0)));
        clock.advance(Duration.ofMinutes(20));
        recordResult.record(steps.officer("CB02"), received.getCode(), DossierResult.APPROVED, null);
        clock.advance(Duration.ofMinutes(5));

        LinkVisit.LinkedVisit returned = linkVisit.link(steps.seat(3, "CB02"), received.getCode(),
                VisitPurpose.COLLECTION);

        assertThat(returned.ticket().getId()).isEqualTo(visit.getId());
        Dossier dossier = dossiers.find(received.getCode()).orElseThrow();
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.getReturnedAt()).contains(clock.instant());
        assertThat(dossier.getOutcome().getSignedBy()).isPresent();
        assertThat(dossier.getOutcome().getReturningOfficerId()).contains(data.officerId("CB02"));
        assertThat(dossiers.visits(dossier)).extracting(DossierVisit::getTicketId).containsExactly(visit.getId());
        // A same-day dossier and its reception step are due within 24 hours: warned from reception (DossierWatchTest).
        assertThat(dossiers.history(dossier)).extracting(DossierEvent::getKind).containsExactly(
                DossierEventKind.RECEIVED, DossierEventKind.VISIT_LINKED, DossierEventKind.WARNED,
                DossierEventKind.WARNED, DossierEventKind.RESULT_RECORDED, DossierEventKind.RETURNED);
        LinkVisit.LinkedVisit again = linkVisit.link(steps.seat(3, "CB02"), received.getCode(),
                VisitPurpose.COLLECTION);
        assertThat(again.linkedNow()).as("collected once").isFalse();
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
