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
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.Supplements;

/**
 * Supplements asked once (một lần duy nhất): one request lists everything missing and stops the clock; the citizen's
 * supplement restarts it; a later request states why and waits for the head of unit's ruling.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/supplement")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class DossierSupplementsController {

    private final Supplements supplements;
    private final DossierViews views;

    DossierSupplementsController(Supplements supplements, DossierViews views) {
        this.supplements = supplements;
        this.views = views;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the citizen to supplement (yêu cầu bổ sung hồ sơ, Mẫu 02)",
            description = "The holder (or the head of the dossier's unit, or a manager) lists everything missing, each "
                    + "with its reason: the dossier becomes AWAITING_SUPPLEMENT and its clock stops. A request after "
                    + "the first must say why (reason) and waits for the head of unit's ruling (awaitingRuling).")
    @ApiResponse(responseCode = "201", description = "Asked; the clock stopped",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplementAskedView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no items or an item without what or why "
            + "(problem.supplement.items-missing), or a later request without its reason "
            + "(problem.supplement.reason-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller neither holds the dossier nor answers for its holder "
            + "(problem.dossier.not-holder), or has no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Handling has ended (problem.dossier.closed), or the dossier already "
            + "waits for a supplement (problem.supplement.open)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    SupplementAskedView ask(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody SupplementAskRequest request, Principal caller) {
        SupplementRequest asked = supplements.ask(StaffHandler.of(caller), code, request.missing(), request.reason());
        return new SupplementAskedView(code.strip(), DossierStatus.AWAITING_SUPPLEMENT, true,
                views.supplement(asked));
    }

    @PostMapping("/received")
    @Operation(summary = "The citizen supplemented (nhận hồ sơ bổ sung)",
            description = "What was missing arrived: the clock runs again and the due date moves by the working time "
                    + "it stood still. No body.")
    @ApiResponse(responseCode = "200", description = "The dossier, PROCESSING again with its new due date",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The dossier waits for no supplement (problem.supplement.none-open)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DossierView received(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            Principal caller) {
        Dossier dossier = supplements.supplied(StaffHandler.of(caller), code);
        return views.of(dossier);
    }

    @PostMapping("/{number}/ruling")
    @Operation(summary = "Rule on a later supplement request (xem xét yêu cầu bổ sung lần sau)",
            description = "The head of the asking officer's unit, or a manager, rules a request after the first "
                    + "justified or not; an unjustified one (comment required) is a violation on the asking officer's "
                    + "record.")
    @ApiResponse(responseCode = "200", description = "The request with its ruling",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SupplementView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, justified missing, a number that is not a number, "
            + "or an unjustified ruling without its comment (problem.supplement.comment-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a head of unit or manager, or the head of another unit than "
            + "the asking officer's (problem.supplement.not-head)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown), or no request "
            + "with this number (problem.supplement.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The request needs no ruling, or has one (problem.supplement.ruled)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    SupplementView rule(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Parameter(description = "The request's number, 1 first", example = "2") @PathVariable int number,
            @Valid @RequestBody RulingRequest request, Principal caller) {
        return views.supplement(supplements.rule(StaffHandler.of(caller), code, number, request.justified(),
                request.comment()));
    }
}
