package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.MessageChannel;
import vn.motcua.outbox.Outbox;
import vn.motcua.outbox.OutboxMessage;

/**
 * The apology and new appointment (Mẫu 04): drafted by the holder before the due date or after it, the new date
 * counted in working days on the calendar, approved once by a leader, the citizen told through the outbox, and an
 * extension without a valid reason on the drafter's record.
 *
 * <p>By hand: 1.004873 received Wed 2/12 09:30 is due Mon 7/12 17:00 (hours 07:30-17:00, Monday to Friday). Two
 * more working days from the due date: Tue 8/12, Wed 9/12, so Wed 9/12 17:00. Five: Tue 8, Wed 9, Thu 10, Fri 11,
 * (weekend) Mon 14/12 17:00; with Wed 9/12 a holiday, Tue 15/12 17:00. Drafted on Tue 8/12 10:00, already late, one
 * more working day runs from then: Wed 9/12 17:00.
 */
@ServerTest
class ApologyTest {

    @Autowired
    Apologies apologies;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    RecordResult recordResult;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Violations violations;
    @Autowired
    Outbox outbox;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    HandlingSteps steps;
    String code;

    /** Received by CB02 and handed to CB03, both of unit KT, whose head is CB02. */
    @BeforeEach
    void aDossierWithCb03() {
        steps.morning();
        code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
    }

    @Test
    void draftedBeforeTheDueDateTheNewDateCountsWorkingDaysFromItAcrossTheWeekend() {
        at(2026, 12, 4, 10, 0);
        assertThat(dossier().getDueAt()).isEqualTo(local(2026, 12, 7, 17, 0));
        assertThat(apologies.newAppointment(dossier(), 2)).isEqualTo(local(2026, 12, 9, 17, 0));

        DossierApology draft = apologies.draft(steps.officer("CB03"), code, "  Chờ ý kiến của Sở Tài nguyên  ", 5);

        assertThat(draft.getState()).isEqualTo(ApologyState.DRAFT);
        assertThat(draft.getNewAppointmentAt()).isEqualTo(local(2026, 12, 14, 17, 0));
        assertThat(draft.getReason()).isEqualTo("Chờ ý kiến của Sở Tài nguyên");
        assertThat(draft.getDraftedBy()).isEqualTo(data.officerId("CB03"));
        assertThat(draft.getDraftedAt()).isEqualTo(clock.instant());
        assertThat(dossier().getNewAppointmentAt()).as("only a leader's approval sets it").isEmpty();
        assertThat(dossiers.history(dossier())).filteredOn(event -> event.getKind() == DossierEventKind.APOLOGY_DRAFTED)
                .singleElement().satisfies(event -> assertThat(event.getDetail()).hasValueSatisfying(detail ->
                        assertThat(detail).contains("17:00 ngày 14/12/2026", "Chờ ý kiến của Sở Tài nguyên")));
    }

    @Test
    void aHolidayOnTheWayMovesTheNewDateByADay() {
        LocalDate holiday = LocalDate.of(2026, 12, 9);
        calendar.addHoliday(holiday, "Nghỉ đột xuất");
        try {
            assertThat(apologies.newAppointment(dossier(), 5)).isEqualTo(local(2026, 12, 15, 17, 0));
            assertThat(apologies.newAppointment(dossier(), 2)).isEqualTo(local(2026, 12, 10, 17, 0));
        } finally {
            calendar.removeHoliday(holiday);
        }
    }

    @Test
    void draftedWhenAlreadyLateTheNewDateRunsFromNow() {
        at(2026, 12, 8, 10, 0);

        DossierApology draft = apologies.draft(steps.head("CB02"), code, "Hồ sơ phải xin ý kiến liên ngành", 1);

        assertThat(draft.getNewAppointmentAt()).isEqualTo(local(2026, 12, 9, 17, 0));
        assertThat(draft.getDraftedBy()).as("the head drafts on their own name").isEqualTo(data.officerId("CB02"));
    }

    @Test
    void aLeaderApprovesOnceTheDossierGetsItsNewDateAndTheCitizenAnSms() {
        at(2026, 12, 4, 10, 0);
        DossierApology draft = apologies.draft(steps.officer("CB03"), code, "Chờ ý kiến của Sở Tài nguyên", 5);
        refused(() -> apologies.draft(steps.officer("CB03"), code, "Lần nữa", 3), "problem.apology.pending");
        at(2026, 12, 4, 14, 0);

        DossierApology approved = apologies.decide(steps.manager(), code, true, true, "Đồng ý");

        assertThat(approved.getId()).isEqualTo(draft.getId());
        assertThat(approved.getState()).isEqualTo(ApologyState.APPROVED);
        assertThat(approved.getDecidedBy()).contains(managerName());
        assertThat(approved.getDecidedAt()).contains(clock.instant());
        assertThat(approved.getDecisionComment()).contains("Đồng ý");
        assertThat(approved.getReasonValid()).contains(true);
        assertThat(dossier().getNewAppointmentAt()).contains(local(2026, 12, 14, 17, 0));
        assertThat(dossier().getDueAt()).as("the due date stays: still late").isEqualTo(local(2026, 12, 7, 17, 0));
        assertThat(apologies.approved(dossier())).map(DossierApology::getId).contains(draft.getId());
        assertThat(outbox.about(Apologies.SUBJECT, code)).singleElement().satisfies(message -> {
            assertThat(message.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.getRecipient()).contains("0912 345 678");
            assertThat(message.getText()).contains(code, "Chờ ý kiến của Sở Tài nguyên", "17:00 ngày 14/12/2026",
                    "xin lỗi");
        });
        assertThat(violations.of(dossier())).as("a valid reason").isEmpty();
        assertThat(dossiers.history(dossier())).extracting(DossierEvent::getKind).containsSubsequence(
                DossierEventKind.APOLOGY_DRAFTED, DossierEventKind.APOLOGY_DECIDED);

        refused(() -> apologies.draft(steps.officer("CB03"), code, "Thêm lần nữa", 3), "problem.apology.approved");
        refused(() -> apologies.decide(steps.manager(), code, true, true, null), "problem.apology.none-pending");
    }

    @Test
    void anApprovedExtensionWithoutAValidReasonIsTheDraftersViolation() {
        apologies.draft(steps.officer("CB03"), code, "Cán bộ bận việc khác", 3);

        DossierApology approved = apologies.decide(steps.manager(), code, true, false, "Lý do không thuyết phục");

        assertThat(violations.of(dossier())).singleElement().satisfies(violation -> {
            assertThat(violation.getKind()).isEqualTo(ViolationKind.EXTENSION_WITHOUT_REASON);
            assertThat(violation.getOfficerId()).isEqualTo(data.officerId("CB03"));
            assertThat(violation.getUnitId()).contains(steps.unitOf("CB03"));
            assertThat(violation.getApologyId()).contains(approved.getId());
            assertThat(violation.getRecordedBy()).isEqualTo("giamdoc");
            assertThat(violation.getEvidence()).contains("Cán bộ bận việc khác", "không chính đáng");
        });
        assertThat(dossiers.history(dossier())).extracting(DossierEvent::getKind)
                .contains(DossierEventKind.VIOLATION_RECORDED);
    }

    @Test
    void aRejectedDraftSetsNoDateTellsNobodyAndANewOneMayBeDrafted() {
        apologies.draft(steps.officer("CB03"), code, "Chưa rõ", 2);

        DossierApology rejected = apologies.decide(steps.manager(), code, false, false, "Ghi rõ lý do");

        assertThat(rejected.getState()).isEqualTo(ApologyState.REJECTED);
        assertThat(dossier().getNewAppointmentAt()).isEmpty();
        assertThat(outbox.about(Apologies.SUBJECT, code)).isEmpty();
        assertThat(violations.of(dossier())).as("no extension was granted").isEmpty();
        assertThat(apologies.draft(steps.officer("CB03"), code, "Chờ kết quả đo đạc của Văn phòng đăng ký đất đai", 2)
                .getState()).isEqualTo(ApologyState.DRAFT);
        assertThat(apologies.of(dossier())).hasSize(2);
        assertThat(apologies.latest(dossier())).map(DossierApology::getState).contains(ApologyState.DRAFT);
    }

    @Test
    void withoutAPhoneTheMessageIsOnlyRecorded() {
        jdbc.sql("update dossier set phone = null where code = ?").param(code).update();
        apologies.draft(steps.officer("CB03"), code, "Chờ ý kiến của Sở Tài nguyên", 2);

        apologies.decide(steps.manager(), code, true, true, null);

        assertThat(outbox.about(Apologies.SUBJECT, code)).singleElement().extracting(OutboxMessage::getChannel)
                .isEqualTo(MessageChannel.RECORD);
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        refused(() -> apologies.draft(steps.officer("CB03"), code, "  ", 2), "problem.apology.reason-missing");
        refused(() -> apologies.draft(steps.officer("CB03"), code, "x".repeat(501), 2),
                "problem.apology.reason-missing");
        refused(() -> apologies.draft(steps.officer("CB03"), code, "Chờ", 0), "problem.apology.days");
        refused(() -> apologies.draft(steps.officer("CB03"), code, "Chờ", 31), "problem.apology.days");
        refused(() -> apologies.draft(steps.officer("CB04"), code, "Chờ", 2), "problem.dossier.not-holder");
        refused(() -> apologies.draft(steps.officer("CB03"), "NO-SUCH", "Chờ", 2), "problem.dossier.unknown");
        refused(() -> apologies.decide(steps.manager(), code, true, true, null), "problem.apology.none-pending");
        apologies.draft(steps.officer("CB03"), code, "Chờ ý kiến", 2);
        refused(() -> apologies.decide(steps.officer("CB03"), code, true, true, null), "problem.apology.not-leader");
        refused(() -> apologies.decide(steps.head("CB02"), code, true, true, null), "problem.apology.not-leader");
        refused(() -> apologies.decide(steps.manager(), code, true, true, "x".repeat(1001)),
                "problem.apology.comment-too-long");
        assertThat(apologies.of(dossier())).singleElement().extracting(DossierApology::getState)
                .isEqualTo(ApologyState.DRAFT);

        recordResult.record(steps.officer("CB03"), code, DossierResult.APPROVED, null);
        refused(() -> apologies.decide(steps.manager(), code, true, true, null), "problem.dossier.closed");
        assertThat(apologies.decide(steps.manager(), code, false, true, "Hồ sơ đã có kết quả").getState())
                .isEqualTo(ApologyState.REJECTED);
        refused(() -> apologies.draft(steps.officer("CB03"), code, "Chờ", 2), "problem.dossier.closed");
        assertThat(dossier().getNewAppointmentAt()).isEmpty();
    }

    @Test
    void draftsAwaitTheirLeaderAndLateDossiersWithoutOneAreListedByScope() {
        at(2026, 12, 8, 10, 0);
        assertThat(apologies.lateWithoutApology(steps.manager())).extracting(Dossier::getCode).containsExactly(code);
        assertThat(apologies.lateWithoutApology(steps.head("CB02"))).extracting(Dossier::getCode).containsExactly(code);
        assertThat(apologies.lateWithoutApology(steps.officer("CB03"))).extracting(Dossier::getCode)
                .containsExactly(code);
        assertThat(apologies.lateWithoutApology(otherUnitsHead())).isEmpty();
        assertThat(apologies.lateWithoutApology(steps.officer("CB04"))).isEmpty();

        apologies.draft(steps.officer("CB03"), code, "Chờ ý kiến của Sở Tài nguyên", 2);

        assertThat(apologies.lateWithoutApology(steps.manager())).as("a draft waits: not missing").isEmpty();
        assertThat(apologies.awaitingDecision(steps.manager())).extracting(awaiting -> awaiting.dossier().getCode())
                .containsExactly(code);
        assertThat(apologies.awaitingDecision(steps.head("CB02"))).hasSize(1);
        assertThat(apologies.awaitingDecision(steps.officer("CB03"))).hasSize(1);
        assertThat(apologies.awaitingDecision(otherUnitsHead())).isEmpty();
        assertThat(apologies.awaitingDecision(steps.officer("CB04"))).isEmpty();

        apologies.decide(steps.manager(), code, false, true, "Hẹn lại quá xa");
        assertThat(apologies.awaitingDecision(steps.manager())).isEmpty();
        assertThat(apologies.lateWithoutApology(steps.manager())).as("rejected: missing again")
                .extracting(Dossier::getCode).containsExactly(code);
    }

    @Test
    void aManagerSeesLateDossiersOfNoUnitTooAndNotThoseDueLater() {
        at(2026, 12, 8, 10, 0);
        jdbc.sql("update dossier set unit_id = null, holder_officer_id = null where code = ?").param(code).update();

        assertThat(apologies.lateWithoutApology(steps.manager())).extracting(Dossier::getCode).containsExactly(code);
        assertThat(apologies.lateWithoutApology(steps.head("CB02"))).isEmpty();

        at(2026, 12, 7, 16, 59);
        assertThat(apologies.lateWithoutApology(steps.manager())).as("not due yet").isEmpty();
    }

    /** The manager's name as recorded: the account's full name, or the sign-in name where no account exists. */
    private String managerName() {
        return jdbc.sql("select full_name from user_account where username = 'giamdoc'").query(String.class)
                .optional().orElse("giamdoc");
    }

    private Handler otherUnitsHead() {
        return new Handler(Actor.user("CB05"), Optional.of(data.officerId("CB05")), Optional.of(steps.unitOf("CB05")),
                true, false);
    }

    private Dossier dossier() {
        return dossiers.find(code).orElseThrow();
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static Instant local(int year, int month, int day, int hour, int minute) {
        return DossierTestData.local(LocalDateTime.of(year, month, day, hour, minute));
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(refusal -> ((Refusal) refusal).messageKey())
                .isEqualTo(key);
    }
}
