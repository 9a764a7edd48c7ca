package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.ExplanationCase;
import vn.motcua.dossier.Explanations;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.LateExplanation;

/**
 * Giải trình: the officer a late dossier names explains it within the center's working days; the head of unit accepts
 * the explanation or returns it with a comment; an accepted own fault is a violation on the officer's and the head's
 * names.
 */
@RestController
@RequestMapping("/api/v1/explanations")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class ExplanationsController {

    private final Explanations explanations;
    private final ExplanationViews views;

    ExplanationsController(Explanations explanations, ExplanationViews views) {
        this.explanations = explanations;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Late dossiers and their explanations (hồ sơ trễ hạn cần giải trình)",
            description = "TO_WRITE: the caller's late dossiers to explain (nothing written, or the last attempt "
                    + "returned). AWAITING_RULING: attempts for the head of unit to rule (a manager: every unit's). "
                    + "MISSING: late dossiers naming an officer or a unit without an accepted explanation, with the "
                    + "deadline and whether it has passed (a head: their unit's). Without state: TO_WRITE for an "
                    + "officer, AWAITING_RULING for a head of unit, MISSING for a manager or administrator.")
    @ApiResponse(responseCode = "200", description = "The late dossiers, found late first", content = @Content(
            mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ExplanationCaseView.class))))
    @ApiResponse(responseCode = "403", description = "Not staff; AWAITING_RULING or MISSING asked by an officer "
            + "(problem.explanation.not-head); TO_WRITE asked by someone with no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<ExplanationCaseView> list(@Parameter(description = "Which list; by the caller's role when left out")
            @RequestParam(required = false) ExplanationState state, Principal caller) {
        Handler handler = StaffHandler.of(caller);
        ExplanationState asked = state != null ? state : handler.manager() ? ExplanationState.MISSING
                : handler.headOfUnit() ? ExplanationState.AWAITING_RULING : ExplanationState.TO_WRITE;
        List<ExplanationCase> cases = switch (asked) {
            case TO_WRITE -> explanations.toWrite(handler);
            case AWAITING_RULING -> explanations.awaitingRuling(handler);
            case MISSING -> explanations.missing(handler);
        };
        return cases.stream().map(views::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Explain a late dossier (viết giải trình)",
            description = "The officer the late dossier names (or, when it names only a unit, that unit's head) "
                    + "gives the reason and the text. The first attempt is 1; after a returned one, the next. Written "
                    + "after the deadline it is taken and flagged (writtenLate).")
    @ApiResponse(responseCode = "201", description = "The late dossier with the new attempt, awaiting the ruling",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExplanationCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no latenessId, no reason "
            + "(problem.explanation.reason-missing), or no text or a text over 2000 characters "
            + "(problem.explanation.text-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an officer, or not the one the late dossier names "
            + "(problem.explanation.not-responsible)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No late dossier with this id (problem.explanation.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The last attempt awaits its ruling (problem.explanation.awaiting)"
            + " or was accepted (problem.explanation.accepted)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ExplanationCaseView explain(@Valid @RequestBody ExplainRequest request, Principal caller) {
        LateExplanation written = explanations.explain(StaffHandler.of(caller), request.latenessId(),
                request.reason(), request.text());
        return views.of(explanations.caseOf(written));
    }

    @PostMapping("/{id}/ruling")
    @Operation(summary = "Rule on an explanation (xem xét giải trình)",
            description = "The head of the late dossier's unit, or a manager, accepts the attempt or returns it with "
                    + "a comment; once per attempt. An accepted OWN_FAULT is registered as a violation LATE_OWN_FAULT "
                    + "of the officer, with the head of their unit jointly liable.")
    @ApiResponse(responseCode = "200", description = "The late dossier with the ruled attempt",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExplanationCaseView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, an id that is not a number, no ruling "
            + "(problem.explanation.ruling-missing), or a return without its comment "
            + "(problem.explanation.comment-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a head of unit or manager, the head of another unit "
            + "(problem.explanation.not-head), or a head ruling their own (problem.explanation.own)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No explanation with this id (problem.explanation.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The attempt is ruled already (problem.explanation.ruled)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ExplanationCaseView rule(@Parameter(description = "The attempt's id", example = "7") @PathVariable long id,
            @Valid @RequestBody ExplanationRulingRequest request, Principal caller) {
        LateExplanation ruled = explanations.rule(StaffHandler.of(caller), id, request.ruling(), request.comment());
        return views.of(explanations.caseOf(ruled));
    }
}
