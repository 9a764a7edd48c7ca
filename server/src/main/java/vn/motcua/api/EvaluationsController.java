package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Evaluator;
import vn.motcua.security.Accounts;

/**
 * The monthly evaluation of every officer (seed 000, 003): the figures and the rule's grade, the head of unit's
 * proposal and the leader's decision.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ApiDocumentation.EVALUATIONS)
class EvaluationsController {

    private static final String STEP_400 = "Malformed JSON, a month that is not year-month or has not begun "
            + "(problem.evaluation.month), an unknown grade (problem.evaluation.grade), no reason or one over 2000 "
            + "characters (problem.evaluation.reason)";

    private final Evaluations evaluations;

    EvaluationsController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @Operation(summary = "The month's evaluations (đánh giá, xếp loại cán bộ hằng tháng)",
            description = "Per officer: dossiers received and handled, on time and late (the 766 index's count of "
                    + "the dossiers they received), the register's violations of the month by kind, tickets served, "
                    + "average wait and service time, absences, ratings by level and the satisfied share, complaints "
                    + "and denunciations (counted only); the grade the center's rule gives (none for contract and "
                    + "vertical-agency staff; for a head of unit the worse of their own and the unit's), the "
                    + "proposal and the decision. An officer reads their own line, a head of unit their unit's, a "
                    + "manager or administrator every unit's (or one, with unit).")
    @ApiResponse(responseCode = "200", description = "The month",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = EvaluationView.MonthView.class)))
    @ApiResponse(responseCode = "400", description = "No month, a month that is not year-month, a unit that is not "
            + "a number", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or a head of unit asking for another unit "
            + "(problem.evaluation.other-unit)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    EvaluationView.MonthView month(
            @Parameter(description = "The month, year-month", example = "2026-11")
            @RequestParam(required = false) YearMonth month,
            @Parameter(description = "A unit's id (managers and administrators)", example = "2")
            @RequestParam(required = false) Long unit, Principal caller) {
        return EvaluationView.MonthView.of(evaluations.month(needed(month), Optional.ofNullable(unit), of(caller)));
    }

    @PostMapping("/{officerCode}/proposal")
    @Operation(summary = "Propose an officer's grade (đề xuất xếp loại)",
            description = "The head of the officer's unit proposes, with a reason, again until it is decided; a "
                    + "manager may propose too, and does for a head of unit. The rule's grade is stored beside it; "
                    + "the step is on the audit trail.")
    @ApiResponse(responseCode = "200", description = "The evaluation with the proposal",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = EvaluationView.class)))
    @ApiResponse(responseCode = "400", description = STEP_400,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a head of unit or manager, a head of another unit, or a "
            + "head proposing for themselves (problem.evaluation.not-proposer, other-unit, own)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No officer has this code (problem.officer.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Decided already, or contract or vertical-agency staff, who "
            + "get no grade (problem.evaluation.decided, ungraded)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    EvaluationView propose(@Parameter(description = "Officer's staff code", example = "CB03") @PathVariable
            String officerCode, @RequestBody EvaluationStepRequest request, Principal caller) {
        return EvaluationView.of(evaluations.propose(officerCode, request.month(), request.grade(), request.reason(),
                of(caller)));
    }

    @PostMapping("/{officerCode}/decision")
    @Operation(summary = "Decide an officer's grade (quyết định xếp loại)",
            description = "The leader the center names in its settings decides, or, if none is named, any manager; "
                    + "once, with a reason, after a proposal. The step is on the audit trail.")
    @ApiResponse(responseCode = "200", description = "The evaluation with the decision",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = EvaluationView.class)))
    @ApiResponse(responseCode = "400", description = STEP_400,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not the leader who decides (problem.evaluation.not-decider)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No officer has this code (problem.officer.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Decided already, nothing proposed yet, or staff who get no "
            + "grade (problem.evaluation.decided, no-proposal, ungraded)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    EvaluationView decide(@Parameter(description = "Officer's staff code", example = "CB03") @PathVariable
            String officerCode, @RequestBody EvaluationStepRequest request, Principal caller) {
        return EvaluationView.of(evaluations.decide(officerCode, request.month(), request.grade(), request.reason(),
                of(caller)));
    }

    static YearMonth needed(YearMonth month) {
        if (month == null) {
            throw new Refusal("problem.evaluation.month-needed", "A month is needed, e.g. month=2026-11");
        }
        return month;
    }

    static Evaluator of(Principal caller) {
        return Evaluator.of(Accounts.of(caller).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "The evaluation is for staff")));
    }
}
