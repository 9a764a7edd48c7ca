package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.security.CurrentActor;

/** Reception here (tiếp nhận hồ sơ): the officer at a counter registers a dossier, as the console's reception form. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = ApiDocumentation.DOSSIERS)
class DossierReceptionController {

    private final ReceiveDossier receive;
    private final DossierViews views;

    DossierReceptionController(ReceiveDossier receive, DossierViews views) {
        this.receive = receive;
        this.views = views;
    }

    @PostMapping
    @SecurityRequirement(name = ApiDocumentAnswers.BASIC)
    @Operation(summary = "Receive a dossier (tiếp nhận hồ sơ)",
            description = "The officer seated at a counter registers a dossier from the ticket they serve (ticketCode: "
                    + "the visit is linked as SUBMISSION), or one sent online or by post (no ticket). It gets the day's "
                    + "next code in the national form {agency}-{yyMMdd}-{0001}, its due date on the working calendar, "
                    + "line 0 of its control slip on the caller's name, and the papers ticked. The phone and ID number "
                    + "are kept only with the citizen's consent.")
    @ApiResponse(responseCode = "201", description = "Received; Location names the dossier",
            headers = @Header(name = "Location", description = "/api/v1/dossiers/{code}"),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a missing field, an unknown channel, no consent "
            + "for a phone or ID number given (problem.dossier.consent-missing), a malformed phone or ID number, or a "
            + "document position the procedure does not list (problem.dossier.document-unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not an officer seated at a counter, or not the one "
            + "seated where the ticket is served (problem.counter.not-seated)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No procedure with this code (problem.procedure.unknown) or no "
            + "ticket with this tracking code (problem.ticket.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The ticket is neither served at its counter nor just finished "
            + "there (problem.dossier.visit-closed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<DossierView> receive(@Valid @RequestBody ReceptionRequest request, Principal caller) {
        Dossier dossier = receive.receive(CurrentActor.caller(caller), request.reception());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.getCode())).body(views.of(dossier));
    }
}
