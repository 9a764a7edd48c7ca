package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.officer.Employment;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.Evaluation;
import vn.motcua.report.Grade;
import vn.motcua.report.OfficerMonth;

/** An officer's monthly evaluation as the API shows it. */
@Schema(description = "An officer's month: figures, the rule's grade, the proposal and the decision")
record EvaluationView(String officerCode, String fullName, Long unitId, String unitName, Employment employment,
        @Schema(description = "False for contract and vertical-agency staff: figures, no grade") boolean graded,
        @Schema(description = "Heads the unit: the rule's grade is the worse of their own and the unit's") boolean head,
        FiguresView figures,
        @Schema(description = "What the officer's own figures earn", nullable = true) Grade ownGrade,
        @Schema(description = "For a head of unit, what the unit's figures earn", nullable = true) Grade unitGrade,
        @Schema(description = "The rule's grade (joint liability applied)", nullable = true) Grade ruleGrade,
        @Schema(nullable = true) StepView proposal,
        @Schema(description = "The rule's grade stored with the proposal", nullable = true) Grade ruleGradeAtProposal,
        @Schema(nullable = true) StepView decision) {

    /** A proposal or a decision. */
    record StepView(Grade grade, String reason, String by, Instant at) {

        static StepView of(Evaluation.Step step) {
            return new StepView(step.grade(), step.reason(), step.by(), step.at());
        }
    }

    /** The month's figures of an officer or a unit. */
    @Schema(description = "Dossiers (on time and late: the 766 index's count of the dossiers received), violations in "
            + "the register, tickets, waits and service times in seconds, ratings, feedback naming the officer")
    record FiguresView(long received, long handled, long onTime, long late, long lateOwnFault,
            long supplementViolations, long returnedByFault, long extensionsWithoutReason, long ticketsServed,
            @Schema(nullable = true) Long averageWaitSeconds, @Schema(nullable = true) Long averageServiceSeconds,
            long absences, Map<RatingLevel, Long> ratings, long rated, long satisfied,
            @Schema(nullable = true) Double satisfiedPercent, @Schema(nullable = true) Double onTimePercent,
            long complaints, @Schema(description = "Denunciations are counted, never detailed") long denunciations) {

        static FiguresView of(OfficerMonth.Figures figures) {
            return new FiguresView(figures.received(), figures.handled(), figures.onTime(), figures.late(),
                    figures.lateOwnFault(), figures.supplementViolations(), figures.returnedByFault(),
                    figures.extensionsWithoutReason(), figures.ticketsServed(),
                    figures.averageWait().map(each -> each.toSeconds()).orElse(null),
                    figures.averageService().map(each -> each.toSeconds()).orElse(null), figures.absences(),
                    figures.ratings(), figures.rated(), figures.satisfied(), figures.satisfiedPercent().orElse(null),
                    figures.onTimePercent().orElse(null), figures.complaints(), figures.denunciations());
        }
    }

    /** A unit's line: its officers' figures summed and the grade they earn. */
    record UnitLineView(long unitId, String unitName, FiguresView figures, Grade grade) {
    }

    /** The month. */
    @Schema(description = "The month's evaluations the caller may see, and their units' lines")
    record MonthView(String month, List<EvaluationView> officers, List<UnitLineView> units) {

        static MonthView of(Evaluation.Month month) {
            return new MonthView(month.period().month().toString(),
                    month.officers().stream().map(EvaluationView::of).toList(),
                    month.units().stream().map(line -> new UnitLineView(line.unitId(), line.unitName(),
                            FiguresView.of(line.figures()), line.grade())).toList());
        }
    }

    static EvaluationView of(Evaluation evaluation) {
        OfficerMonth officer = evaluation.officer();
        return new EvaluationView(officer.code(), officer.fullName(), officer.unitId(), officer.unitName(),
                officer.employment(), officer.graded(), evaluation.head(), FiguresView.of(officer.figures()),
                evaluation.own().orElse(null), evaluation.unitGrade().orElse(null),
                evaluation.ruleGrade().orElse(null), evaluation.proposal().map(StepView::of).orElse(null),
                evaluation.ruleGradeAtProposal().orElse(null), evaluation.decision().map(StepView::of).orElse(null));
    }
}
