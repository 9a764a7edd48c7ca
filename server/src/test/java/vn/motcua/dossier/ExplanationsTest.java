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
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.TestClock.MutableClock;
import vn.motcua.audit.Actor;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.i18n.Refusal;

/**
 * Giải trình: the officer a lateness names explains it, the head of their unit returns it with a comment or accepts
 * it, and an accepted own fault is a violation on the officer's and the head's names.
 *
 * <p>By hand: 1.004873 received Wed 2/12/2026 09:30 is due Mon 7/12 17:00 (hours 07:30-17:00, Monday to Friday),
 * found late at 17:01. Two working days to explain (the demo's setting): Tue 8/12 and Wed 9/12, so by Wed 9/12 17:00.
 * Found late on Fri 11/12 10:00, the weekend does not count: Mon 14/12 and Tue 15/12, so by Tue 15/12 17:00.
 */
@ServerTest
class ExplanationsTest {

    @Autowired
    Explanations explanations;
    @Autowired
    HandOffDossier handOff;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Violations violations;
    @Autowired
    DossierLatenessRepository latenesses;
    @Autowired
    QueueTestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    HandlingSteps steps;

    Dossier dossier;
    DossierLateness lateness;

    /** Received by CB02 and handed to CB03 (both of Kinh tế, headed by CB02); found late on CB03's desk. */
    @BeforeEach
    void aDossierLateWithCb03() {
        steps.morning();
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);
        dossier = dossiers.find(code).orElseThrow();
        at(2026, 12, 7, 17, 1);
        lateness = late(dossier, 0, "CB03", steps.unit("KT"), clock.instant());
    }

    @Test
    void theOfficerExplainsTheHeadReturnsItWithACommentAndAcceptsTheNextAttempt() {
        assertThat(explanations.toWrite(steps.officer("CB03"))).singleElement().satisfies(each -> {
            assertThat(each.dossierCode()).isEqualTo(dossier.getCode());
            assertThat(each.procedureName()).isEqualTo(DossierTestData.KNOWN_PROCEDURE_NAME);
            assertThat(each.officerName()).isEqualTo("Lê Minh Tuấn");
            assertThat(each.unitName()).isEqualTo("Phòng Kinh tế");
            assertThat(each.dueAt()).isEqualTo(local(2026, 12, 7, 17, 0));
            assertThat(each.deadline()).isEqualTo(local(2026, 12, 9, 17, 0));
            assertThat(each.overdue()).isFalse();
        });

        LateExplanation first = explanations.explain(steps.officer("CB03"), lateness.getId(),
                LateReason.OTHER_AGENCY_LATE, "  Chờ ý kiến của Phòng Tài nguyên  ");

        assertThat(first.getAttemptNo()).isEqualTo(1);
        assertThat(first.getText()).isEqualTo("Chờ ý kiến của Phòng Tài nguyên");
        assertThat(first.getOfficerId()).isEqualTo(data.officerId("CB03"));
        assertThat(explanations.toWrite(steps.officer("CB03"))).isEmpty();
        assertThat(explanations.awaitingRuling(steps.head("CB02"))).extracting(ExplanationCase::latenessId)
                .containsExactly(lateness.getId());
        refused(() -> explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OTHER, "Lần nữa"),
                "problem.explanation.awaiting");
        refused(() -> explanations.rule(steps.head("CB02"), first.getId(), ExplanationRuling.RETURNED, " "),
                "problem.explanation.comment-missing");

        explanations.rule(steps.head("CB02"), first.getId(), ExplanationRuling.RETURNED, "Nêu rõ ngày gửi văn bản");

        assertThat(explanations.awaitingRuling(steps.head("CB02"))).isEmpty();
        assertThat(explanations.toWrite(steps.officer("CB03"))).singleElement().satisfies(each -> {
            assertThat(each.latest().flatMap(LateExplanation::getRulingComment)).contains("Nêu rõ ngày gửi văn bản");
            assertThat(each.latest().flatMap(LateExplanation::getRuledBy)).contains(data.officerId("CB02"));
        });
        refused(() -> explanations.rule(steps.head("CB02"), first.getId(), ExplanationRuling.ACCEPTED, null),
                "problem.explanation.ruled");

        LateExplanation second = explanations.explain(steps.officer("CB03"), lateness.getId(),
                LateReason.OTHER_AGENCY_LATE, "Gửi văn bản ngày 3/12, Phòng Tài nguyên trả lời ngày 8/12");
        explanations.rule(steps.head("CB02"), second.getId(), ExplanationRuling.ACCEPTED, null);

        assertThat(second.getAttemptNo()).isEqualTo(2);
        assertThat(explanations.of(lateness)).extracting(LateExplanation::getRuling)
                .containsExactly(Optional.of(ExplanationRuling.RETURNED), Optional.of(ExplanationRuling.ACCEPTED));
        assertThat(explanations.missing(steps.manager())).isEmpty();
        assertThat(violations.of(dossier)).as("not the officer's own fault").isEmpty();
        refused(() -> explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OTHER, "Thêm"),
                "problem.explanation.accepted");
        assertThat(dossiers.history(dossier)).extracting(DossierEvent::getKind).containsSubsequence(
                DossierEventKind.EXPLAINED, DossierEventKind.EXPLANATION_RULED, DossierEventKind.EXPLAINED,
                DossierEventKind.EXPLANATION_RULED);
    }

    @Test
    void anAcceptedOwnFaultIsAViolationOfTheOfficerAndTheirHead() {
        LateExplanation own = explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OWN_FAULT,
                "Quên chuyển hồ sơ sang bước thẩm định");
        at(2026, 12, 8, 9, 0);

        explanations.rule(steps.head("CB02"), own.getId(), ExplanationRuling.ACCEPTED, null);

        assertThat(violations.of(dossier)).singleElement().satisfies(violation -> {
            assertThat(violation.getKind()).isEqualTo(ViolationKind.LATE_OWN_FAULT);
            assertThat(violation.getOfficerId()).isEqualTo(data.officerId("CB03"));
            assertThat(violation.getHeadOfficerId()).contains(data.officerId("CB02"));
            assertThat(violation.getUnitId()).contains(steps.unit("KT"));
            assertThat(violation.getLatenessId()).contains(lateness.getId());
            assertThat(violation.getExplanationId()).contains(own.getId());
            assertThat(violation.getRecordedBy()).isEqualTo("CB02");
            assertThat(violation.getEvidence()).contains(dossier.getCode(), "07/12/2026 17:00",
                    "Quên chuyển hồ sơ sang bước thẩm định", "Trần Văn Đức chấp nhận lúc 08/12/2026 09:00");
        });
        assertThat(dossiers.history(dossier)).extracting(DossierEvent::getKind).containsSubsequence(
                DossierEventKind.EXPLAINED, DossierEventKind.EXPLANATION_RULED, DossierEventKind.VIOLATION_RECORDED);
    }

    @Test
    void onlyTheNamedOfficerWritesWithAReasonAndTextAndOnlyTheirHeadOrAManagerRules() {
        refused(() -> explanations.explain(steps.officer("CB04"), lateness.getId(), LateReason.OTHER, "Tôi viết"),
                "problem.explanation.not-responsible");
        refused(() -> explanations.explain(steps.head("CB02"), lateness.getId(), LateReason.OTHER, "Tôi viết"),
                "problem.explanation.not-responsible");
        refused(() -> explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OTHER, "   "),
                "problem.explanation.text-missing");
        refused(() -> explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OTHER, "x".repeat(2001)),
                "problem.explanation.text-missing");
        refused(() -> explanations.explain(steps.officer("CB03"), lateness.getId(), null, "Lý do"),
                "problem.explanation.reason-missing");
        refused(() -> explanations.explain(steps.officer("CB03"), -1, LateReason.OTHER, "Lý do"),
                "problem.explanation.unknown");
        assertThat(steps.count("late_explanation")).isZero();

        LateExplanation written = explanations.explain(steps.officer("CB03"), lateness.getId(),
                LateReason.SYSTEM_FAULT, "Hệ thống một cửa của tỉnh ngừng hoạt động");

        refused(() -> explanations.rule(otherUnitsHead(), written.getId(), ExplanationRuling.ACCEPTED, null),
                "problem.explanation.not-head");
        refused(() -> explanations.rule(steps.officer("CB04"), written.getId(), ExplanationRuling.ACCEPTED, null),
                "problem.explanation.not-head");
        refused(() -> explanations.rule(steps.head("CB02"), -1, ExplanationRuling.ACCEPTED, null),
                "problem.explanation.unknown");
        refused(() -> explanations.awaitingRuling(steps.officer("CB03")), "problem.explanation.not-head");
        assertThat(explanations.awaitingRuling(otherUnitsHead())).isEmpty();

        LateExplanation ruled = explanations.rule(steps.manager(), written.getId(), ExplanationRuling.ACCEPTED, null);

        assertThat(ruled.getRuling()).contains(ExplanationRuling.ACCEPTED);
        assertThat(ruled.getRuledBy()).isEmpty();
    }

    @Test
    void aUnitsLatenessIsExplainedByItsHeadAndRuledByAManager() {
        Dossier another = dossiers.find(steps.received(HandlingSteps.THREE_DAYS).getCode()).orElseThrow();
        DossierLateness unitOnly = late(another, 0, null, steps.unit("KT"), clock.instant());

        refused(() -> explanations.explain(steps.officer("CB03"), unitOnly.getId(), LateReason.OTHER, "Không rõ"),
                "problem.explanation.not-responsible");
        assertThat(explanations.toWrite(steps.head("CB02"))).extracting(ExplanationCase::latenessId)
                .containsExactly(unitOnly.getId());
        LateExplanation byHead = explanations.explain(steps.head("CB02"), unitOnly.getId(), LateReason.OTHER,
                "Hồ sơ nhập từ hệ thống của tỉnh, không qua quầy");

        refused(() -> explanations.rule(steps.head("CB02"), byHead.getId(), ExplanationRuling.ACCEPTED, null),
                "problem.explanation.own");
        assertThat(explanations.rule(steps.manager(), byHead.getId(), ExplanationRuling.ACCEPTED, null).getRuling())
                .contains(ExplanationRuling.ACCEPTED);
    }

    @Test
    void aLatenessNamingNoOfficerIsExplainedByTheOfficerGivenTheDossierSince() {
        String code = steps.received(HandlingSteps.THREE_DAYS).getCode();
        DossierLateness unitOnly = late(dossiers.find(code).orElseThrow(), 0, null, steps.unit("KT"),
                clock.instant());
        refused(() -> explanations.explain(steps.officer("CB03"), unitOnly.getId(), LateReason.OTHER, "Chưa giữ"),
                "problem.explanation.not-responsible");

        handOff.handOff(steps.officer("CB02"), code, "CB03", null, null);

        assertThat(explanations.toWrite(steps.officer("CB03"))).extracting(ExplanationCase::latenessId)
                .contains(unitOnly.getId());
        assertThat(explanations.explain(steps.officer("CB03"), unitOnly.getId(), LateReason.OTHER_AGENCY_LATE,
                "Hồ sơ chuyển từ hệ thống của tỉnh khi đã quá hạn").getOfficerId())
                .isEqualTo(data.officerId("CB03"));
    }

    @Test
    void theDeadlineCountsWorkingDaysAcrossTheWeekendAndALateExplanationIsFlagged() {
        Dossier another = dossiers.find(steps.received(HandlingSteps.THREE_DAYS).getCode()).orElseThrow();
        DossierLateness friday = late(another, 0, "CB03", steps.unit("KT"), local(2026, 12, 11, 10, 0));
        at(2026, 12, 15, 16, 59);

        assertThat(caseOf(friday).deadline()).isEqualTo(local(2026, 12, 15, 17, 0));
        assertThat(caseOf(friday).overdue()).isFalse();

        at(2026, 12, 16, 8, 0);
        assertThat(caseOf(friday).overdue()).isTrue();
        explanations.explain(steps.officer("CB03"), friday.getId(), LateReason.SUPPLEMENT_LATE,
                "Công dân bổ sung ngày 10/12");

        ExplanationCase written = explanations.missing(steps.manager()).stream()
                .filter(each -> each.latenessId() == friday.getId()).findFirst().orElseThrow();
        assertThat(written.writtenLate(written.latest().orElseThrow())).isTrue();
        assertThat(dossiers.history(another)).filteredOn(event -> event.getKind() == DossierEventKind.EXPLAINED)
                .singleElement().satisfies(event -> assertThat(event.getDetail()).hasValueSatisfying(detail ->
                        assertThat(detail).contains("quá hạn giải trình", "Công dân bổ sung ngày 10/12")));
    }

    @Test
    void theManagerSeesEveryLatenessWithoutAnAcceptedExplanationAndAHeadTheirUnits() {
        LateExplanation accepted = explanations.explain(steps.officer("CB03"), lateness.getId(), LateReason.OTHER,
                "Đã giải trình");
        explanations.rule(steps.head("CB02"), accepted.getId(), ExplanationRuling.ACCEPTED, null);
        Dossier another = dossiers.find(steps.received(HandlingSteps.THREE_DAYS).getCode()).orElseThrow();
        DossierLateness cb04 = late(another, 0, "CB04", steps.unit("KT"), clock.instant());
        DossierLateness unitOnly = late(another, 1, null, steps.unit("KT"), clock.instant());
        late(another, 2, null, null, clock.instant());
        DossierLateness cb01 = late(another, 3, "CB01", steps.unit("TP"), clock.instant());
        explanations.explain(steps.officer("CB01"), cb01.getId(), LateReason.OTHER, "Chờ xem xét");
        at(2026, 12, 10, 8, 0);

        assertThat(explanations.missing(steps.manager())).extracting(ExplanationCase::latenessId)
                .containsExactly(cb04.getId(), unitOnly.getId(), cb01.getId());
        assertThat(explanations.missing(steps.manager())).allSatisfy(each -> {
            assertThat(each.deadline()).isEqualTo(local(2026, 12, 9, 17, 0));
            assertThat(each.overdue()).isTrue();
        });
        assertThat(explanations.missing(steps.manager())).extracting(ExplanationCase::officerName,
                ExplanationCase::unitName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phạm Thu Trang", "Phòng Kinh tế"),
                        org.assertj.core.groups.Tuple.tuple(null, "Phòng Kinh tế"),
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Hương", "Phòng Tư pháp – Hộ tịch"));
        assertThat(explanations.missing(steps.head("CB02"))).extracting(ExplanationCase::latenessId)
                .containsExactly(cb04.getId(), unitOnly.getId());
        refused(() -> explanations.missing(steps.officer("CB03")), "problem.explanation.not-head");
    }

    @Test
    void theHeadExplainsTheUnitsPeriodOnce() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2026, 12, 7);

        UnitExplanation period = explanations.explainUnit(steps.head("CB02"), from, to,
                "Hai hồ sơ trễ do chờ ý kiến Phòng Tài nguyên");

        assertThat(period.getUnitId()).isEqualTo(steps.unit("KT"));
        assertThat(period.getWrittenBy()).isEqualTo(data.officerId("CB02"));
        refused(() -> explanations.explainUnit(steps.head("CB02"), from, to, "Lần nữa"),
                "problem.unit-explanation.exists");
        refused(() -> explanations.explainUnit(steps.head("CB02"), to, from, "Ngược"),
                "problem.unit-explanation.period");
        refused(() -> explanations.explainUnit(steps.head("CB02"), from, from, " "),
                "problem.unit-explanation.text-missing");
        refused(() -> explanations.explainUnit(steps.officer("CB03"), from, to, "Tôi viết"),
                "problem.unit-explanation.not-head");
        assertThat(explanations.unitExplanations(steps.head("CB02"))).extracting(UnitExplanation::getId)
                .containsExactly(period.getId());
        assertThat(explanations.unitExplanations(steps.manager())).hasSize(1);
        assertThat(explanations.unitExplanations(otherUnitsHead())).isEmpty();
    }

    private ExplanationCase caseOf(DossierLateness which) {
        return explanations.toWrite(steps.officer("CB03")).stream().filter(each -> each.latenessId() == which.getId())
                .findFirst().orElseThrow();
    }

    private DossierLateness late(Dossier of, int handOffNo, String officerCode, Long unitId, Instant foundAt) {
        Long officer = officerCode == null ? null : data.officerId(officerCode);
        Long head = unitId != null && unitId == steps.unit("KT") ? data.officerId("CB02") : null;
        return LateTestData.late(latenesses, of, handOffNo, officer, unitId, head, foundAt);
    }

    /** The head of Văn hóa – Xã hội, as {@link Handler#of} would make it for a UNIT_HEAD account of that unit. */
    private Handler otherUnitsHead() {
        return new Handler(Actor.user("CB05"), Optional.of(data.officerId("CB05")), Optional.of(steps.unitOf("CB05")),
                true, false);
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
