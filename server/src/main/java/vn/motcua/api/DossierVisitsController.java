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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.LinkVisit.LinkedVisit;
import vn.motcua.security.CurrentActor;

/** Linking the visit an officer serves to a dossier, as the console's dossier field does. */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/visits")
@Tag(name = ApiDocumentation.DOSSIERS)
class DossierVisitsController {

    private final LinkVisit linkVisit;

    DossierVisitsController(LinkVisit linkVisit) {
        this.linkVisit = linkVisit;
    }

    @PostMapping
    @SecurityRequirement(name = ApiDocumentAnswers.BASIC)
    @Operation(summary = "Link a visit to a dossier (gắn lượt phục vụ với hồ sơ)",
            description = "The officer seated at the counter where the ticket is called or served links it to the "
                    + "dossier; a ticket they finished there may still be linked for 10 minutes, until they call the "
                    + "next visitor. The link names the officer, and a rating of the ticket then belongs to the dossier. "
                    + "COLLECTION hands the result over: the dossier becomes RETURNED. The same dossier and ticket "
                    + "again changes nothing and answers 200 with the link made first.")
    @ApiResponse(responseCode = "201", description = "Linked",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierVisitView.class)))
    @ApiResponse(responseCode = "200", description = "Already linked: nothing changed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierVisitView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, the ticket missing or an unknown purpose "
            + "(the problem lists the allowed values)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not the officer seated at the ticket's counter "
            + "(problem.counter.not-seated), or serves at no counter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown) or no ticket "
            + "with this tracking code (problem.ticket.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The ticket is not served at its counter nor just finished there "
            + "(problem.dossier.visit-closed), or the dossier's result cannot be handed over "
            + "(problem.dossier.not-collectable)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<DossierVisitView> link(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody VisitRequest request, Principal caller) {
        LinkedVisit linked = linkVisit.link(CurrentActor.caller(caller), request.ticket(), code, request.purpose());
        return ResponseEntity.status(linked.linkedNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(DossierVisitView.of(linked));
    }
}
