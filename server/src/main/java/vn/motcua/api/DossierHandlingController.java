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
import vn.motcua.dossier.HandOffDossier;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.LinkVisit.LinkedVisit;
import vn.motcua.dossier.RecordResult;
import vn.motcua.dossier.VisitPurpose;
import vn.motcua.security.CurrentActor;

/**
 * Handling a dossier on the record: hand-offs between officers (Mẫu 06), the result, and the result handed back at a
 * counter. Each on the caller's name: the holder, the head of the dossier's unit, or a manager for them.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class DossierHandlingController {

    private final HandOffDossier handOff;
    private final RecordResult recordResult;
    private final LinkVisit linkVisit;
    private final DossierViews views;

    DossierHandlingController(HandOffDossier handOff, RecordResult recordResult, LinkVisit linkVisit,
            DossierViews views) {
        this.handOff = handOff;
        this.recordResult = recordResult;
        this.linkVisit = linkVisit;
        this.views = views;
    }

    @PostMapping("/hand-off")
    @Operation(summary = "Hand the dossier on (chuyển hồ sơ)",
            description = "The holder (or the head of the dossier's unit, or a manager, for them) gives the dossier to "
                    + "another officer for a step; the procedure's next step when none is named. The control slip "
                    + "records who gave, who took and their unit, when, and that step's own due time; the taker's unit "
                    + "becomes the dossier's. An imported dossier nobody holds yet may be taken on by an officer of "
                    + "its unit.")
    @ApiResponse(responseCode = "200", description = "The new line of the control slip",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = SlipLineView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no officer named, an unknown step (the problem "
            + "lists the allowed values), or a note over 500 characters (problem.dossier.note-too-long)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller neither holds the dossier nor answers for its holder "
            + "(problem.dossier.not-holder), or has no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown) or no officer "
            + "with that code (problem.officer.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Handling has ended (problem.dossier.closed), or the officer named "
            + "holds it already (problem.dossier.hand-off-self)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    SlipLineView handOff(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody HandOffRequest request, Principal caller) {
        return views.handedOff(handOff.handOff(StaffHandler.of(caller), code, request.toOfficer(), request.step(),
                request.note()));
    }

    @PostMapping("/result")
    @Operation(summary = "Record the result (ghi kết quả giải quyết)",
            description = "APPROVED (DONE), REFUSED (DENIED, Mẫu 03, with its reason) or WITHDRAWN (with its reason), on "
                    + "the caller's name: the holder, the head of the dossier's unit, or a manager. A same-day "
                    + "procedure (4 tại chỗ) is signed at once by the leader on duty, whom signedBy names.")
    @ApiResponse(responseCode = "200", description = "The dossier with its result",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, no result or an unknown one (the problem lists the "
            + "allowed values), or a refusal or withdrawal without its reason (problem.dossier.reason-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller neither holds the dossier nor answers for its holder "
            + "(problem.dossier.not-holder), or has no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Handling has ended (problem.dossier.closed), the citizen has not "
            + "supplemented yet (problem.dossier.awaiting-supplement), or no leader is on duty today to sign a "
            + "same-day result (problem.dossier.no-leader-on-duty)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DossierView result(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody ResultRequest request, Principal caller) {
        return views.of(recordResult.record(StaffHandler.of(caller), code, request.result(), request.reason()));
    }

    @PostMapping("/return")
    @Operation(summary = "Hand the result back (trả kết quả)",
            description = "The officer seated at the counter where the ticket is served (or just finished) hands the "
                    + "result to the citizen: the visit is linked as COLLECTION on their name and the dossier becomes "
                    + "RETURNED; a rating of the ticket then belongs to the dossier. A dossier received here is handed "
                    + "back once its result is recorded; a same-day one in the very visit it was received in. The same "
                    + "dossier and ticket again changes nothing and answers 200.")
    @ApiResponse(responseCode = "201", description = "Handed back",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierVisitView.class)))
    @ApiResponse(responseCode = "200", description = "Already handed back with this ticket: nothing changed",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierVisitView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or no ticket named",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The caller is not the officer seated at the ticket's counter "
            + "(problem.counter.not-seated)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown) or no ticket "
            + "with this tracking code (problem.ticket.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The ticket is not served at its counter nor just finished there "
            + "(problem.dossier.visit-closed), or the dossier has no result to hand back "
            + "(problem.dossier.not-collectable)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<DossierVisitView> handBack(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable
            String code, @Valid @RequestBody ReturnRequest request, Principal caller) {
        LinkedVisit linked = linkVisit.link(CurrentActor.caller(caller), request.ticketCode(), code,
                VisitPurpose.COLLECTION);
        return ResponseEntity.status(linked.linkedNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(DossierVisitView.of(linked));
    }
}
