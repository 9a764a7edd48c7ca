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
import java.util.Optional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.MarkDossier;
import vn.motcua.security.CurrentActor;

/** Marking what the 766 index reads on a dossier: digitised, paid online, synced to the national portal. */
@RestController
@Tag(name = ApiDocumentation.DOSSIERS)
class DossierMarksController {

    private final MarkDossier mark;
    private final Dossiers dossiers;

    DossierMarksController(MarkDossier mark, Dossiers dossiers) {
        this.mark = mark;
        this.dossiers = dossiers;
    }

    @PostMapping("/api/v1/dossiers/{code}/marks")
    @SecurityRequirement(name = ApiDocumentAnswers.BASIC)
    @Operation(summary = "Mark a dossier for the 766 index (số hoá, thanh toán trực tuyến, đồng bộ)",
            description = "Sets the four marks at once; each change is audited with the old and new value. The same "
                    + "marks again change nothing. A member of staff marks their own unit's dossiers, a manager any.")
    @ApiResponse(responseCode = "200", description = "The marks now",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierMarksView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON or a mark missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The dossier belongs to another unit (problem.dossier.other-unit)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DossierMarksView marks(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody MarksRequest request, Principal caller) {
        return DossierMarksView.of(mark.mark(CurrentActor.of(caller), StaffScopes.of(dossiers, caller), code,
                new MarkDossier.Marks(request.documentsDigitised(), request.resultDigitised(),
                        Optional.ofNullable(request.paidOnline()), request.synced())));
    }
}
