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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Violation;
import vn.motcua.dossier.ViolationEntry;
import vn.motcua.dossier.ViolationFilter;
import vn.motcua.dossier.ViolationKind;
import vn.motcua.dossier.ViolationRegister;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * The register of violations (sổ theo dõi vi phạm), each entry on the officer and the head of their unit (joint
 * liability): a manager reads all, a head their unit's, an officer their own; heads and managers record a dossier
 * returned through an officer's fault.
 */
@RestController
@RequestMapping("/api/v1/violations")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class ViolationsController {

    private static final Locale VIETNAMESE = Locale.of("vi");

    private final ViolationRegister register;
    private final Officers officers;
    private final Translations translations;

    ViolationsController(ViolationRegister register, Officers officers, Translations translations) {
        this.register = register;
        this.officers = officers;
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "The register of violations (sổ theo dõi vi phạm)",
            description = "Newest first. A manager or an administrator reads every entry; a unit head their unit's "
                    + "and those naming them as the head jointly liable; an officer their own. Each entry names the "
                    + "officer, their unit and head, the evidence, who recorded it, and the dossier's events up to it.")
    @ApiResponse(responseCode = "200", description = "The entries the caller may read",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ViolationView.class))))
    @ApiResponse(responseCode = "400", description = "A malformed filter, or from after to (problem.violation.period)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No officer has this code (problem.officer.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    List<ViolationView> list(
            @Parameter(description = "First day, the center's date", example = "2026-12-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, included", example = "2026-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only this kind") @RequestParam(required = false) ViolationKind kind,
            @Parameter(description = "Only this officer's, by code", example = "CB04")
            @RequestParam(required = false) String officer,
            Principal principal) {
        return register.read(StaffHandler.of(principal), new ViolationFilter(from, to, kind, officer)).stream()
                .map(this::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a dossier returned through an officer's fault (ghi nhận vi phạm)",
            description = "A unit head for an officer and a dossier of their unit, or a manager for any, records "
                    + "RETURNED_BY_FAULT with the evidence in words; it is registered on the officer and the head of "
                    + "their unit, with an event on the dossier. The other kinds come from their rulings and are "
                    + "refused here.")
    @ApiResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ViolationView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a field missing, another kind than "
            + "RETURNED_BY_FAULT (problem.violation.by-ruling), or no evidence (problem.violation.evidence-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a unit head or manager, or an officer or dossier of another "
            + "unit than the head's (problem.violation.other-unit)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier (problem.dossier.unknown) or officer "
            + "(problem.officer.unknown) has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ViolationView record(@Valid @RequestBody ViolationRequest request, Principal principal) {
        return view(register.record(StaffHandler.of(principal), request.dossierCode(), request.officerCode(),
                request.kind(), request.evidence()));
    }

    private ViolationView view(ViolationEntry entry) {
        Violation violation = entry.violation();
        String code = entry.dossierCode();
        return new ViolationView(violation.getId(), violation.getKind(),
                translations.getTranslation("violations.kind." + violation.getKind(), VIETNAMESE), code,
                entry.officer().getCode(), entry.officer().getFullName(), entry.unit().map(Unit::getCode).orElse(null),
                entry.unit().map(Unit::getName).orElse(null), entry.head().map(Officer::getCode).orElse(null),
                entry.head().map(Officer::getFullName).orElse(null), violation.getOccurredAt(),
                CenterLocalTime.of(violation.getOccurredAt()), violation.getEvidence(), violation.getRecordedBy(),
                entry.recordedByName(), "/api/v1/dossiers/" + code + "/control-slip",
                entry.proof().stream().map(event -> new ViolationView.Event(event.getAt(),
                        CenterLocalTime.of(event.getAt()), event.getKind(),
                        event.getOfficerId().flatMap(officers::find).map(Officer::getCode).orElse(null),
                        event.getActor(), event.getDetail().orElse(null))).toList());
    }
}
