package vn.motcua.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.center.ReportSettings;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;

/**
 * The monthly evaluation of every officer (seed 000, 003): the figures, the grade the center's rule gives, the head of
 * unit's proposal and the leader's decision, each with a reason and on the audit trail. A head answers for their unit
 * (joint liability, seed 000): their rule grade is the worse of their own and the unit's.
 */
@Service
public class Evaluations {

    /** The longest reason the table keeps. */
    public static final int REASON_MAX = 2000;

    private final OfficerMonths months;
    private final EvaluationRecords records;
    private final CenterSettings centerSettings;
    private final ReportSettings reportSettings;
    private final Accounts accounts;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;

    Evaluations(OfficerMonths months, EvaluationRecords records, CenterSettings centerSettings,
            ReportSettings reportSettings, Accounts accounts, Centers centers, CenterTime time, AuditTrail audit) {
        this.months = months;
        this.records = records;
        this.centerSettings = centerSettings;
        this.reportSettings = reportSettings;
        this.accounts = accounts;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
    }

    /**
     * The month's evaluations the reader may see: an officer their own, a head of unit their unit's, a manager or an
     * administrator every unit's, or one unit's when {@code unit} is given.
     */
    @Transactional(readOnly = true)
    public Evaluation.Month month(YearMonth month, Optional<Long> unit, Evaluator reader) {
        Optional<Long> onlyUnit = unit;
        if (reader.headOfUnit()) {
            if (unit.isPresent() && !unit.equals(reader.unitId())) {
                throw new Refusal("problem.evaluation.other-unit", "A head of unit reads their own unit's evaluations");
            }
            onlyUnit = reader.unitId();
        } else if (!reader.seesAll()) {
            onlyUnit = Optional.empty();
        }
        Evaluation.Month all = all(month);
        Optional<Long> scope = onlyUnit;
        List<Evaluation> officers = all.officers().stream().filter(each -> reader.seesAll() || reader.headOfUnit()
                        ? scope.isEmpty() || scope.get().equals(each.officer().unitId())
                        : reader.officerId().filter(own -> own == each.officer().officerId()).isPresent())
                .toList();
        List<Evaluation.UnitLine> units = reader.seesAll() || reader.headOfUnit() ? all.units().stream()
                .filter(line -> scope.isEmpty() || scope.get() == line.unitId()).toList() : List.of();
        return new Evaluation.Month(all.period(), officers, units);
    }

    /** Every officer's evaluation and every unit's line. */
    @Transactional(readOnly = true)
    public Evaluation.Month all(YearMonth month) {
        ReportPeriod period = ReportPeriod.month(month);
        List<OfficerMonth> figures = months.of(period);
        GradeRule rule = GradeRule.of(centerSettings.current());
        Map<Long, Evaluation.UnitLine> units = new LinkedHashMap<>();
        Map<Long, OfficerMonth.Figures> sums = new LinkedHashMap<>();
        Map<Long, String> unitNames = new LinkedHashMap<>();
        for (OfficerMonth each : figures) {
            if (each.unitId() != null) {
                sums.merge(each.unitId(), each.figures(), OfficerMonth.Figures::plus);
                unitNames.put(each.unitId(), each.unitName());
            }
        }
        sums.forEach((unit, sum) -> units.put(unit,
                new Evaluation.UnitLine(unit, unitNames.get(unit), sum, rule.grade(sum.tally()))));
        Map<Long, EvaluationRecords.Stored> stored = records.month(centers.profile().getId(), month.atDay(1));
        Map<Long, Long> heads = new LinkedHashMap<>();
        units.keySet().forEach(unit -> accounts.headOf(unit).ifPresent(head -> heads.put(head, unit)));
        List<Evaluation> evaluations = new ArrayList<>();
        for (OfficerMonth each : figures) {
            boolean head = each.unitId() != null && each.unitId().equals(heads.get(each.officerId()));
            Optional<Grade> own = each.graded() ? Optional.of(rule.grade(each.figures().tally())) : Optional.empty();
            Optional<Grade> unitGrade = head && each.graded()
                    ? Optional.of(units.get(each.unitId()).grade()) : Optional.empty();
            Optional<Grade> ruleGrade = own.map(grade -> unitGrade.map(grade::worse).orElse(grade));
            Optional<EvaluationRecords.Stored> row = Optional.ofNullable(stored.get(each.officerId()));
            evaluations.add(new Evaluation(each, head, own, unitGrade, ruleGrade,
                    row.map(EvaluationRecords.Stored::proposal), row.map(EvaluationRecords.Stored::ruleGrade),
                    row.flatMap(EvaluationRecords.Stored::decision)));
        }
        return new Evaluation.Month(period, evaluations, List.copyOf(units.values()));
    }

    /**
     * The head of the officer's unit proposes a grade with a reason, again until it is decided; a manager may propose
     * too, and does for a head of unit (a head proposes neither for themselves nor for another unit).
     */
    @Transactional
    public Evaluation propose(String officerCode, YearMonth month, Grade grade, String reason, Evaluator by) {
        Evaluation evaluation = graded(officerCode, month, grade, reason);
        OfficerMonth officer = evaluation.officer();
        if (by.role() != Role.MANAGER) {
            if (!by.headOfUnit()) {
                throw new Refusal("problem.evaluation.not-proposer",
                        "Only the head of the officer's unit or a manager proposes a grade");
            }
            if (by.officerId().filter(own -> own == officer.officerId()).isPresent()) {
                throw new Refusal("problem.evaluation.own", "A head of unit's own grade is proposed by a manager");
            }
            if (!by.unitId().map(unit -> unit.equals(officer.unitId())).orElse(false)) {
                throw new Refusal("problem.evaluation.other-unit",
                        "A head of unit proposes grades for their own unit's officers", officer.fullName());
            }
        }
        evaluation.decision().ifPresent(any -> {
            throw decided(officer);
        });
        Evaluation.Step step = new Evaluation.Step(grade, reason.strip(), by.username(), time.now());
        Grade rule = evaluation.ruleGrade().orElseThrow();
        if (!records.propose(centers.profile().getId(), officer.officerId(), officer.unitId(), month.atDay(1), rule,
                step)) {
            throw decided(officer);
        }
        audit.record(by.actor(), AuditAction.EVALUATION_PROPOSED, officer.code() + " " + month,
                grade + " (rule " + rule + "): " + step.reason());
        return find(officerCode, month);
    }

    /** The leader the center names (or, if none, any manager) decides once, with a reason. */
    @Transactional
    public Evaluation decide(String officerCode, YearMonth month, Grade grade, String reason, Evaluator by) {
        Optional<String> decider = reportSettings.gradeDecider();
        boolean mayDecide = decider.map(name -> name.equalsIgnoreCase(by.username()))
                .orElse(by.role() == Role.MANAGER);
        if (!mayDecide) {
            throw new Refusal("problem.evaluation.not-decider", "Only the leader the center names decides grades",
                    decider.orElse("-"));
        }
        Evaluation evaluation = graded(officerCode, month, grade, reason);
        OfficerMonth officer = evaluation.officer();
        if (evaluation.decision().isPresent()) {
            throw decided(officer);
        }
        if (evaluation.proposal().isEmpty()) {
            throw new Refusal("problem.evaluation.no-proposal", "No grade was proposed yet", officer.fullName());
        }
        Evaluation.Step step = new Evaluation.Step(grade, reason.strip(), by.username(), time.now());
        if (!records.decide(officer.officerId(), month.atDay(1), step)) {
            throw decided(officer);
        }
        audit.record(by.actor(), AuditAction.EVALUATION_DECIDED, officer.code() + " " + month,
                grade + " (proposed " + evaluation.proposal().get().grade() + "): " + step.reason());
        return find(officerCode, month);
    }

    /** One officer's evaluation for the month. */
    @Transactional(readOnly = true)
    public Evaluation find(String officerCode, YearMonth month) {
        String code = officerCode == null ? "" : officerCode.strip();
        return all(month).officers().stream().filter(each -> each.officer().code().equalsIgnoreCase(code))
                .findFirst().orElseThrow(() -> new Refusal("problem.officer.unknown", "Unknown officer: " + code));
    }

    /** The evaluation to grade, after the checks every step shares. */
    private Evaluation graded(String officerCode, YearMonth month, Grade grade, String reason) {
        if (month == null || month.isAfter(YearMonth.from(time.today()))) {
            throw new Refusal("problem.evaluation.month", "Only a month that has begun is graded");
        }
        if (grade == null) {
            throw new Refusal("problem.evaluation.grade", "A grade is needed: EXCELLENT, GOOD, DONE or NOT_DONE");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new Refusal("problem.evaluation.reason", "A reason is needed, at most 2000 characters", REASON_MAX);
        }
        Evaluation evaluation = find(officerCode, month);
        if (!evaluation.officer().graded()) {
            throw new Refusal("problem.evaluation.ungraded",
                    "Contract and vertical-agency staff get the figures, not a grade", evaluation.officer().fullName());
        }
        return evaluation;
    }

    private static Refusal decided(OfficerMonth officer) {
        return new Refusal("problem.evaluation.decided", "The grade is decided already", officer.fullName());
    }
}
