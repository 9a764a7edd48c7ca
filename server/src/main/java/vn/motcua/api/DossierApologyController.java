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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.DossierApology;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;

/**
 * The apology and new appointment of one dossier (phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04): drafted by the
 * holder, decided by a leader, read by staff.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/apology")
@Tag(name = ApiDocumentation.DOSSIERS)
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
class DossierApologyController {

    private final Apologies apologies;
    private final Dossiers dossiers;
    private final Officers officers;

    DossierApologyController(Apologies apologies, Dossiers dossiers, Officers officers) {
        this.apologies = apologies;
        this.dossiers = dossiers;
        this.officers = officers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft the apology and new appointment (lập phiếu xin lỗi, Mẫu 04)",
            description = "The holder (or the head of the dossier's unit, or a manager with an officer's record) "
                    + "states why the result is late and how many working days more it needs: the new appointment "
                    + "is the due date (or now, when later) plus those working days on the center's calendar, ending "
                    + "at closing time. Allowed before the due date (lateness foreseen) and after it. The new date is "
                    + "set once: refused when an apology was approved, or a draft awaits a leader.")
    @ApiResponse(responseCode = "201", description = "Drafted, awaiting a leader's decision",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApologyView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, extraWorkingDays missing or out of 1..30 "
            + "(problem.apology.days), or no reason (problem.apology.reason-missing)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, neither the holder nor one who answers for them "
            + "(problem.dossier.not-holder), or no officer's record",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Handling has ended (problem.dossier.closed), an apology was "
            + "approved already (problem.apology.approved) or a draft awaits a leader (problem.apology.pending)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ApologyView draft(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody ApologyRequest request, Principal caller) {
        return view(code.strip(), apologies.draft(StaffHandler.of(caller), code, request.reason(),
                request.extraWorkingDays()));
    }

    @PostMapping("/decision")
    @Operation(summary = "A leader decides on the apology (lãnh đạo duyệt phiếu xin lỗi)",
            description = "A manager or an administrator approves the draft (the dossier's newAppointmentAt is set "
                    + "and the citizen gets an SMS, or the message is recorded when no phone is on file) or rejects "
                    + "it. reasonValid false on an approval puts a violation (EXTENSION_WITHOUT_REASON) on the "
                    + "drafting officer's record.")
    @ApiResponse(responseCode = "200", description = "The apology with the decision",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApologyView.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, approved or reasonValid missing, or a comment "
            + "over 1000 characters (problem.apology.comment-too-long)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a leader of the center (manager or administrator)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "No draft awaits a decision (problem.apology.none-pending), or "
            + "an approval for a dossier whose handling has ended (problem.dossier.closed)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ApologyView decide(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            @Valid @RequestBody ApologyDecisionRequest request, Principal caller) {
        return view(code.strip(), apologies.decide(StaffHandler.of(caller), code, request.approved(),
                request.reasonValid(), request.comment()));
    }

    @GetMapping
    @Operation(summary = "The dossier's latest apology (phiếu xin lỗi mới nhất)",
            description = "The latest drafted, whatever became of it: DRAFT, APPROVED or REJECTED. An officer or a "
                    + "unit head reads their own unit's dossiers only.")
    @ApiResponse(responseCode = "200", description = "The apology",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ApologyView.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or a dossier of another unit than the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier with this code (problem.dossier.unknown), or none "
            + "drafted for it (problem.apology.unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ApologyView latest(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            Principal caller) {
        var dossier = dossiers.find(code)
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        if (!StaffScopes.of(dossiers, caller).covers(dossier)) {
            throw new Refusal("problem.dossier.other-unit", "Dossier " + code + " belongs to another unit");
        }
        return view(dossier.getCode(), apologies.latest(dossier).orElseThrow(() -> new Refusal(
                "problem.apology.unknown", "Dossier " + code + " has no apology")));
    }

    private ApologyView view(String code, DossierApology apology) {
        return ApologyView.of(code, apology, officers.find(apology.getDraftedBy()));
    }
}
