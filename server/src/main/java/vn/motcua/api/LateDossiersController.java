package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateDossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * The late and the due-soon dossiers as the minute watch recorded them, for the caller's scope: a manager or an
 * administrator every unit's and the unassigned, a head of unit or an officer their unit's.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ApiDocumentation.DOSSIERS)
class LateDossiersController {

    private final LateDossiers lateDossiers;
    private final Dossiers dossiers;
    private final Officers officers;

    LateDossiersController(LateDossiers lateDossiers, Dossiers dossiers, Officers officers) {
        this.lateDossiers = lateDossiers;
        this.dossiers = dossiers;
        this.officers = officers;
    }

    @GetMapping("/late")
    @Operation(summary = "Late dossiers (hồ sơ quá hạn)",
            description = "Dossiers still with the center found late, and late steps, the longest late first: who "
                    + "held each at its due time and their head of unit (joint liability), and who holds it now. An "
                    + "imported dossier nobody here held is late for the unit the province named, or unassigned "
                    + "(unit null), which only managers and administrators see. A head of unit or an officer reads "
                    + "their own unit's.")
    @ApiResponse(responseCode = "200", description = "The late lines",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation =
                    AlertLineView.class))))
    List<AlertLineView> late(Principal principal) {
        return views(lateDossiers.late(scope(principal)));
    }

    @GetMapping("/due-soon")
    @Operation(summary = "Dossiers due soon (hồ sơ sắp đến hạn)",
            description = "Dossiers and steps whose due time comes within the center's warning hours (at least 24) "
                    + "and has not passed, the soonest first, with who holds each; none while the citizen is asked "
                    + "for a supplement (the clock stands). A head of unit or an officer reads their own unit's.")
    @ApiResponse(responseCode = "200", description = "The due-soon lines",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation =
                    AlertLineView.class))))
    List<AlertLineView> dueSoon(Principal principal) {
        return views(lateDossiers.dueSoon(scope(principal)));
    }

    /** As {@code GET /api/v1/dossiers} scopes its caller. */
    private DossierScope scope(Principal principal) {
        SignedInUser user = Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "Dossiers are for staff"));
        return dossiers.scopeOf(user.role() == Role.MANAGER || user.role() == Role.ADMIN,
                user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
    }

    private List<AlertLineView> views(List<AlertLine> lines) {
        Map<Long, Officer> staff = officers.all().stream().collect(Collectors.toMap(Officer::getId,
                Function.identity()));
        Map<Long, Unit> units = officers.units().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        return lines.stream().map(line -> {
            Optional<Unit> unit = line.unitId().map(units::get);
            AlertLineView.UnitRef unitRef = unit.map(known -> new AlertLineView.UnitRef(known.getCode(),
                    known.getName())).or(() -> line.unitName().map(name -> new AlertLineView.UnitRef(null, name)))
                    .orElse(null);
            AlertLineView.LateView late = line.late().map(found -> new AlertLineView.LateView(found.latenessId(),
                    found.foundAt(), person(found.officerId(), staff), person(found.headId(), staff),
                    found.unassigned())).orElse(null);
            return new AlertLineView(line.code(), line.procedureCode(), line.status(), line.scope(),
                    line.step().orElse(null), line.dueAt(), CenterLocalTime.of(line.dueAt()), unitRef,
                    person(line.holderId(), staff), line.heldSince().orElse(null), late,
                    line.newAppointmentAt().orElse(null));
        }).toList();
    }

    private static AlertLineView.PersonRef person(Optional<Long> id, Map<Long, Officer> staff) {
        return id.map(staff::get).map(officer -> new AlertLineView.PersonRef(officer.getCode(),
                officer.getFullName())).orElse(null);
    }
}
