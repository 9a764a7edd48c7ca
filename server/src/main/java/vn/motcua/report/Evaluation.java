package vn.motcua.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An officer's evaluation for a month: the figures, the grade the center's rule gives (none for contract and
 * vertical-agency staff), and what was proposed and decided. For a head of unit the rule's grade is the worse of
 * their own and their unit's (joint liability), and both are shown.
 *
 * @param own the grade the officer's own figures earn
 * @param unitGrade for a head of unit, the grade their unit's figures earn
 * @param ruleGrade the grade the rule proposes: {@code own}, or the worse of {@code own} and {@code unitGrade}
 * @param ruleGradeAtProposal the rule's grade stored with the last proposal (figures may have moved since)
 */
public record Evaluation(OfficerMonth officer, boolean head, Optional<Grade> own, Optional<Grade> unitGrade,
        Optional<Grade> ruleGrade, Optional<Step> proposal, Optional<Grade> ruleGradeAtProposal,
        Optional<Step> decision) {

    /** A proposal or a decision: the grade, why, who and when. */
    public record Step(Grade grade, String reason, String by, Instant at) {
    }

    /** A unit's line: its officers' figures summed, and the grade they earn (its head answers for it). */
    public record UnitLine(long unitId, String unitName, OfficerMonth.Figures figures, Grade grade) {
    }

    /** A month's evaluations the reader may see, and the lines of their units. */
    public record Month(ReportPeriod period, List<Evaluation> officers, List<UnitLine> units) {
    }
}
