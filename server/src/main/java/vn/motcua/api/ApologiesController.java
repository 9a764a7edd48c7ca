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
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.ApologyState;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;

/**
 * The apologies across dossiers: drafts awaiting a leader, and late dossiers that have none (the directives ask for
 * an apology and a new appointment for every late dossier).
 */
@RestController
@RequestMapping("/api/v1/apologies")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class ApologiesController {

    private final Apologies apologies;
    private final Officers officers;
    private final DossierViews views;

    ApologiesController(Apologies apologies, Officers officers, DossierViews views) {
        this.apologies = apologies;
        this.officers = officers;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Apologies awaiting a leader's decision (phiếu xin lỗi chờ duyệt)",
            description = "state=DRAFT (the default, and the only list kept here), oldest first. A manager or an "
                    + "administrator sees every draft, a unit head their unit's dossiers', an officer their own "
                    + "drafts and those of the dossiers they hold.")
    @ApiResponse(responseCode = "200", description = "The drafts", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = ApologyView.class))))
    @ApiResponse(responseCode = "400", description = "A state that is no state, or other than DRAFT "
            + "(problem.apology.state)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<ApologyView> awaiting(@Parameter(description = "Only DRAFT: awaiting a leader's decision", example = "DRAFT")
            @RequestParam(defaultValue = "DRAFT") ApologyState state, Principal caller) {
        if (state != ApologyState.DRAFT) {
            throw new Refusal("problem.apology.state", "Only the drafts awaiting a decision are listed, not " + state);
        }
        return apologies.awaitingDecision(StaffHandler.of(caller)).stream()
                .map(awaiting -> ApologyView.of(awaiting.dossier().getCode(), awaiting.apology(),
                        officers.find(awaiting.apology().getDraftedBy())))
                .toList();
    }

    @GetMapping("/missing")
    @Operation(summary = "Late dossiers without an apology (hồ sơ quá hạn chưa có phiếu xin lỗi)",
            description = "Open dossiers past their due date with no apology approved or awaiting a leader, most "
                    + "overdue first. A manager or an administrator sees every unit's and those of no unit, a unit "
                    + "head their unit's, an officer those they hold.")
    @ApiResponse(responseCode = "200", description = "The dossiers", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = DossierView.class))))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<DossierView> missing(Principal caller) {
        return apologies.lateWithoutApology(StaffHandler.of(caller)).stream().map(views::of).toList();
    }
}
