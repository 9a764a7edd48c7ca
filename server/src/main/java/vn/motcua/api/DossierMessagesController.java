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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.outbox.Outbox;

/** The messages a dossier's applicant was sent, each with where its delivery stands. */
@RestController
@Tag(name = ApiDocumentation.DOSSIERS)
class DossierMessagesController {

    private final Dossiers dossiers;
    private final Outbox outbox;

    DossierMessagesController(Dossiers dossiers, Outbox outbox) {
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/dossiers/{code}/messages")
    @SecurityRequirement(name = ApiDocumentAnswers.BASIC)
    @Operation(summary = "Messages to the applicant (tin nhắn gửi công dân)",
            description = "Supplement needed, result ready, new appointment...: oldest first, with the channel, the "
                    + "phone masked but for its last 3 digits, the state, the tries and the last error.")
    @ApiResponse(responseCode = "200", description = "The dossier's messages",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = MessageView.class))))
    @ApiResponse(responseCode = "403", description = "Not staff, or a dossier of another unit than the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<MessageView> messages(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            Principal principal) {
        Dossier dossier = dossiers.find(code)
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        if (!StaffScopes.of(dossiers, principal).covers(dossier)) {
            throw new Refusal("problem.dossier.other-unit", "Dossier " + code + " belongs to another unit");
        }
        return outbox.about(Apologies.SUBJECT, dossier.getCode()).stream().map(MessageView::of).toList();
    }
}
