package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditRecord;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Role;

/**
 * The monthly evaluation on the hand-built October ({@link EvaluationMonthData}): the rule's grades, joint liability
 * of the head of Kinh tế (CB02), the proposal and the decision with their refusals and audit records, who sees what.
 */
@ServerTest
class EvaluationsTest {

    private static final YearMonth OCTOBER = EvaluationMonthData.OCTOBER;

    @Autowired
    Evaluations evaluations;
    @Autowired
    QueueTestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    private EvaluationMonthData month;
    private Evaluator head;
    private Evaluator manager;
    private Evaluator cb03;

    @BeforeEach
    void october() {
        EvaluationMonthData.clean(jdbc, data);
        month = new EvaluationMonthData(jdbc, data).write();
        long kt = month.unit("KT");
        head = new Evaluator("CB02", Optional.of(data.officerId("CB02")), Optional.of(kt), Role.UNIT_HEAD);
        manager = new Evaluator("giamdoc", Optional.empty(), Optional.empty(), Role.MANAGER);
        cb03 = new Evaluator("CB03", Optional.of(data.officerId("CB03")), Optional.of(kt), Role.OFFICER);
    }

    @AfterEach
    void clean() {
        EvaluationMonthData.clean(jdbc, data);
    }

    @Test
    void theRuleGradesEachOfficerFromTheirFigures() {
        assertThat(evaluations.find("CB03", OCTOBER).ruleGrade()).as("66.7% on time, below 80%")
                .contains(Grade.NOT_DONE);
        assertThat(evaluations.find("CB04", OCTOBER).ruleGrade()).as("50% satisfied").contains(Grade.NOT_DONE);
        assertThat(evaluations.find("CB01", OCTOBER).ruleGrade()).as("nothing to count blocks nothing")
                .contains(Grade.EXCELLENT);
    }

    @Test
    void changedSettingsChangeTheGrade() {
        data.setting("neutral_satisfied", true);
        assertThat(evaluations.find("CB04", OCTOBER).ruleGrade()).as("100% satisfied, 100% on time")
                .contains(Grade.EXCELLENT);

        data.setting("neutral_satisfied", false);
        data.setting("grade_done_satisfied", 50);
        assertThat(evaluations.find("CB04", OCTOBER).ruleGrade()).contains(Grade.DONE);
    }

    @Test
    void theHeadOfUnitAnswersForTheUnitsResult() {
        Evaluation cb02 = evaluations.find("CB02", OCTOBER);

        assertThat(cb02.head()).isTrue();
        assertThat(cb02.own()).as("CB02 did nothing that costs").contains(Grade.EXCELLENT);
        assertThat(cb02.unitGrade()).as("Kinh tế: 3 of 4 on time, 2 violations").contains(Grade.NOT_DONE);
        assertThat(cb02.ruleGrade()).contains(Grade.NOT_DONE);
        assertThat(evaluations.find("CB03", OCTOBER).unitGrade()).as("an officer answers for themselves").isEmpty();
        Evaluation.UnitLine kt = evaluations.all(OCTOBER).units().stream()
                .filter(line -> line.unitId() == month.unit("KT")).findFirst().orElseThrow();
        assertThat(kt.figures().received()).isEqualTo(4);
        assertThat(kt.figures().onTime()).isEqualTo(3);
        assertThat(kt.figures().violations()).isEqualTo(2);
        assertThat(kt.figures().ticketsServed()).isEqualTo(2);
    }

    @Test
    void contractStaffGetFiguresWithoutAGrade() {
        Evaluation cb07 = evaluations.find("CB07", OCTOBER);

        assertThat(cb07.ruleGrade()).isEmpty();
        assertThat(refusal(() -> evaluations.propose("CB07", OCTOBER, Grade.GOOD, "Tốt", manager)))
                .isEqualTo("problem.evaluation.ungraded");
        assertThat(refusal(() -> evaluations.propose("CB06", OCTOBER, Grade.GOOD, "Tốt", manager)))
                .as("a vertical agency's officer").isEqualTo("problem.evaluation.ungraded");
    }

    @Test
    void theHeadProposesAgainUntilTheManagerDecidesOnceEachStepAudited() {
        // The audit trail is on the center's clock, fixed in tests: the records are told apart by their words.
        Instant before = Instant.EPOCH;
        evaluations.propose("CB03", OCTOBER, Grade.DONE, "Lần đầu", head);
        Evaluation proposed = evaluations.propose("CB03", OCTOBER, Grade.GOOD, "  Chủ động khắc phục  ", head);

        assertThat(proposed.proposal()).hasValueSatisfying(step -> {
            assertThat(step.grade()).isEqualTo(Grade.GOOD);
            assertThat(step.reason()).isEqualTo("Chủ động khắc phục");
            assertThat(step.by()).isEqualTo("CB02");
        });
        assertThat(proposed.ruleGradeAtProposal()).as("stored beside the proposal").contains(Grade.NOT_DONE);
        assertThat(refusal(() -> evaluations.decide("CB03", OCTOBER, Grade.GOOD, "Đồng ý", head)))
                .isEqualTo("problem.evaluation.not-decider");

        Evaluation decided = evaluations.decide("CB03", OCTOBER, Grade.DONE, "Còn hồ sơ trễ", manager);

        assertThat(decided.decision()).hasValueSatisfying(step -> {
            assertThat(step.grade()).isEqualTo(Grade.DONE);
            assertThat(step.by()).isEqualTo("giamdoc");
        });
        assertThat(refusal(() -> evaluations.decide("CB03", OCTOBER, Grade.GOOD, "Lại", manager)))
                .isEqualTo("problem.evaluation.decided");
        assertThat(refusal(() -> evaluations.propose("CB03", OCTOBER, Grade.GOOD, "Lại", head)))
                .isEqualTo("problem.evaluation.decided");
        Instant after = Instant.parse("2100-01-01T00:00:00Z");
        assertThat(audit.find(before, after, "CB02", AuditAction.EVALUATION_PROPOSED))
                .extracting(AuditRecord::getDetail).contains("DONE (rule NOT_DONE): Lần đầu",
                        "GOOD (rule NOT_DONE): Chủ động khắc phục");
        assertThat(audit.find(before, after, "giamdoc", AuditAction.EVALUATION_DECIDED))
                .extracting(AuditRecord::getSubject, AuditRecord::getDetail)
                .contains(org.assertj.core.groups.Tuple.tuple("CB03 2026-10",
                        "DONE (proposed GOOD): Còn hồ sơ trễ"));
    }

    @Test
    void aHeadProposesNeitherForThemselvesNorForAnotherUnitAndAnOfficerNotAtAll() {
        assertThat(refusal(() -> evaluations.propose("CB02", OCTOBER, Grade.GOOD, "Tự đề xuất", head)))
                .isEqualTo("problem.evaluation.own");
        assertThat(refusal(() -> evaluations.propose("CB01", OCTOBER, Grade.GOOD, "Tư pháp", head)))
                .isEqualTo("problem.evaluation.other-unit");
        assertThat(refusal(() -> evaluations.propose("CB04", OCTOBER, Grade.GOOD, "Đồng nghiệp", cb03)))
                .isEqualTo("problem.evaluation.not-proposer");
        assertThat(evaluations.propose("CB02", OCTOBER, Grade.GOOD, "Lãnh đạo đề xuất cho trưởng bộ phận", manager)
                .proposal()).isPresent();
    }

    @Test
    void aStepNeedsAGradeAReasonAndAMonthBegunAndTheDecisionAProposal() {
        assertThat(refusal(() -> evaluations.propose("CB03", OCTOBER, Grade.GOOD, "   ", head)))
                .isEqualTo("problem.evaluation.reason");
        assertThat(refusal(() -> evaluations.propose("CB03", OCTOBER, Grade.GOOD, "x".repeat(2001), head)))
                .isEqualTo("problem.evaluation.reason");
        assertThat(refusal(() -> evaluations.propose("CB03", OCTOBER, null, "Lý do", head)))
                .isEqualTo("problem.evaluation.grade");
        assertThat(refusal(() -> evaluations.propose("CB03", YearMonth.of(2026, 12), Grade.GOOD, "Lý do", head)))
                .isEqualTo("problem.evaluation.month");
        assertThat(refusal(() -> evaluations.propose("CB99", OCTOBER, Grade.GOOD, "Lý do", head)))
                .isEqualTo("problem.officer.unknown");
        assertThat(refusal(() -> evaluations.decide("CB04", OCTOBER, Grade.GOOD, "Lý do", manager)))
                .isEqualTo("problem.evaluation.no-proposal");
    }

    @Test
    void theLeaderTheCenterNamesDecidesAndNoOtherManager() {
        evaluations.propose("CB03", OCTOBER, Grade.GOOD, "Đề xuất", head);
        jdbc.sql("update center set grade_decider = 'phochutich'").update();

        assertThat(refusal(() -> evaluations.decide("CB03", OCTOBER, Grade.GOOD, "Đồng ý", manager)))
                .isEqualTo("problem.evaluation.not-decider");
        Evaluator named = new Evaluator("phochutich", Optional.empty(), Optional.empty(), Role.MANAGER);
        assertThat(evaluations.decide("CB03", OCTOBER, Grade.GOOD, "Đồng ý", named).decision()).isPresent();
    }

    @Test
    void anOfficerSeesTheirLineAHeadTheirUnitAManagerEveryUnit() {
        assertThat(evaluations.month(OCTOBER, Optional.empty(), cb03).officers())
                .extracting(each -> each.officer().code()).containsExactly("CB03");
        assertThat(evaluations.month(OCTOBER, Optional.empty(), cb03).units()).isEmpty();
        Evaluation.Month unit = evaluations.month(OCTOBER, Optional.empty(), head);
        assertThat(unit.officers()).extracting(each -> each.officer().code()).contains("CB02", "CB03", "CB04")
                .doesNotContain("CB01", "CB05");
        assertThat(unit.units()).extracting(Evaluation.UnitLine::unitId).containsExactly(month.unit("KT"));
        assertThat(refusal(() -> evaluations.month(OCTOBER, Optional.of(month.unit("TP")), head)))
                .isEqualTo("problem.evaluation.other-unit");
        assertThat(evaluations.month(OCTOBER, Optional.empty(), manager).officers())
                .extracting(each -> each.officer().code()).contains("CB01", "CB03", "CB05", "CB07");
        assertThat(evaluations.month(OCTOBER, Optional.of(month.unit("TP")), manager).officers())
                .extracting(each -> each.officer().code()).contains("CB01").doesNotContain("CB03");
    }

    private static String refusal(ThrowingCallable step) {
        Refusal refused = catchThrowableOfType(Refusal.class, step);
        assertThat(refused).as("refused").isNotNull();
        return refused.messageKey();
    }
}
