package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Explanations;

/** The head of unit's explanation of the unit's late dossiers over a period (giải trình của đơn vị). */
@RestController
@RequestMapping("/api/v1/unit-explanations")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class UnitExplanationsController {

    private final Explanations explanations;
    private final ExplanationViews views;

    UnitExplanationsController(Explanations explanations, ExplanationViews views) {
        this.explanations = explanations;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The units' explanations of periods (giải trình của đơn vị)",
            description = "A head of unit reads their unit's; a manager or administrator every unit's; latest "
                    + "period first.")
    @ApiResponse(responseCode = "200", description = "The explanations", content = @Content(mediaType = JSON,
            array = @ArraySchema(schema = @Schema(implementation = UnitExplanationView.class))))
    List<UnitExplanationView> list(Principal caller) {
        return explanations.unitExplanations(StaffHandler.of(caller)).stream().map(views::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Explain the unit's period (viết giải trình của đơn vị)",
            description = "The head of unit explains their unit's late dossiers from one day to another; once per "
                    + "unit and period.")
    @ApiResponse(responseCode = "201", description = "The explanation as recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = UnitExplanationView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a period without both days or ending before it "
            + "starts (problem.unit-explanation.period), or no text or one over 4000 characters "
            + "(problem.unit-explanation.text-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The unit's period is explained already "
            + "(problem.unit-explanation.exists)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    UnitExplanationView explain(@Valid @RequestBody UnitExplanationRequest request, Principal caller) {
        return views.of(explanations.explainUnit(StaffHandler.of(caller), request.from(), request.to(),
                request.text()));
    }
}
