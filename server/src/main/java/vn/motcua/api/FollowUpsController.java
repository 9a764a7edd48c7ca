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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.FollowUps;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * The follow-ups of dissatisfied ratings: a head of unit lists their unit's and records contact with the citizen and
 * the resolution; a manager or an administrator every one, those overdue and sent up to them first.
 */
@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = ApiDocumentation.FOLLOW_UPS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class FollowUpsController {

    private static final String NOT_YOURS = "Not a unit head, manager or administrator, a follow-up of another unit "
            + "than the head's (problem.follow-up.not-yours), or of a rating of the caller themselves "
            + "(problem.follow-up.own-rating)";

    private final FollowUps followUps;

    FollowUpsController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "Follow-ups of dissatisfied ratings (theo dõi đánh giá không hài lòng)",
            description = "A \"không hài lòng\" rating (or the lowest level of a five-level scale) opens one for the "
                    + "head of the rated officer's unit, due after the center's follow-up hours; unresolved past due, "
                    + "it goes up to the managers. A unit head sees their unit's (not those of their own ratings), a "
                    + "manager or an administrator every one. Open ones first, those sent up first, then by due time; "
                    + "with open=false the latest resolved ones follow.")
    @ApiResponse(responseCode = "200", description = "The follow-ups", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = FollowUpView.class))))
    @ApiResponse(responseCode = "400", description = "open is not true or false",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a unit head, manager or administrator",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<FollowUpView> list(@Parameter(description = "Only the open ones (the default), or the resolved too",
            example = "true") @RequestParam(defaultValue = "true") boolean open, Principal principal) {
        return followUps.list(who(principal), open).stream().map(FollowUpView::of).toList();
    }

    @PostMapping("/{id}/contact")
    @Operation(summary = "Record contact with the citizen (ghi nhận liên hệ người dân)",
            description = "How the citizen was reached and what was said; a later contact replaces the note. Refused "
                    + "once resolved. Audited.")
    @ApiResponse(responseCode = "200", description = "The follow-up with its contact",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FollowUpView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or a note empty or too long "
            + "(problem.follow-up.note)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = NOT_YOURS,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No follow-up has this id (problem.follow-up.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Resolved already (problem.follow-up.resolved)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FollowUpView contact(@Parameter(description = "The follow-up's id", example = "1") @PathVariable long id,
            @Valid @RequestBody FollowUpContactRequest request, Principal principal) {
        return FollowUpView.of(followUps.contact(who(principal), id, request.note()));
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "Record the resolution (ghi kết quả xử lý)",
            description = "What was done about the citizen's dissatisfaction, once. The rating itself never "
                    + "changes. Audited.")
    @ApiResponse(responseCode = "200", description = "The follow-up, resolved",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FollowUpView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or a text shorter than 5 or longer than 2000 "
            + "characters (problem.follow-up.resolution)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = NOT_YOURS,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No follow-up has this id (problem.follow-up.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Resolved already (problem.follow-up.resolved)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    FollowUpView resolve(@Parameter(description = "The follow-up's id", example = "1") @PathVariable long id,
            @Valid @RequestBody FollowUpResolutionRequest request, Principal principal) {
        return FollowUpView.of(followUps.resolve(who(principal), id, request.text()));
    }

    private static SignedInUser who(Principal principal) {
        return Accounts.of(principal).orElseThrow(() -> new Refusal("problem.follow-up.not-yours",
                "Follow-ups are the heads' of unit and the managers'"));
    }
}
