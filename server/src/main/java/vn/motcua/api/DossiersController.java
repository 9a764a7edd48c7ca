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
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.ControlSlip;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.DossierList;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Supplements;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Staff read the center's dossiers and their control slips: a unit's officers and head their unit's, managers and
 * administrators all.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ApiDocumentation.DOSSIERS)
class DossiersController {

    static final int MOST_PER_PAGE = 200;

    private final Dossiers dossiers;
    private final DossierList list;
    private final Officers officers;
    private final CenterTime time;
    private final DossierViews views;
    private final ControlSlip slip;
    private final Supplements supplements;

    DossiersController(Dossiers dossiers, DossierList list, Officers officers, CenterTime time, DossierViews views,
            ControlSlip slip, Supplements supplements) {
        this.dossiers = dossiers;
        this.list = list;
        this.officers = officers;
        this.time = time;
        this.views = views;
        this.slip = slip;
        this.supplements = supplements;
    }

    @GetMapping
    @Operation(summary = "List dossiers, due soonest first (danh sách hồ sơ)",
            description = "Open dossiers (still with the center) unless a status is named. An officer or a unit head "
                    + "reads their own unit's dossiers only; a manager or an administrator every unit's, or one unit's "
                    + "with unit=. Flags: overdue, due within 24 hours, the province's date differing from the "
                    + "computed one.")
    @ApiResponse(responseCode = "200", description = "A page of dossiers",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierListView.class)))
    @ApiResponse(responseCode = "400", description = "A malformed filter, a negative page or a size out of 1..200",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or another unit than the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No unit has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DossierListView list(
            @Parameter(description = "Unit code", example = "TP") @RequestParam(required = false) String unit,
            @Parameter(description = "Only dossiers in this status (default: every open status)")
            @RequestParam(required = false) DossierStatus status,
            @Parameter(description = "Only dossiers due before this local date-time of the center",
                    example = "2026-11-30T17:00:00")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueBefore,
            @Parameter(description = "Page number, 0 first") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Dossiers per page, at most 200") @RequestParam(defaultValue = "50") int size,
            Principal principal) {
        if (page < 0 || size < 1 || size > MOST_PER_PAGE) {
            throw new Refusal("problem.dossier.page", "page " + page + ", size " + size);
        }
        DossierFilter filter = DossierFilter.open(scope(principal, unit));
        if (status != null) {
            filter = filter.inStatus(status);
        }
        if (dueBefore != null) {
            filter = filter.dueBefore(dueBefore.atZone(CenterTime.ZONE).toInstant());
        }
        List<DossierLine> lines = list.page(filter, Math.multiplyExact(page, size), size + 1);
        Instant now = time.now();
        return new DossierListView(page, size, lines.size() > size,
                lines.stream().limit(size).map(line -> DossierLineView.of(line, now)).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "A dossier (hồ sơ)",
            description = "With its due date, the computed one, and trackingPath: the citizen's page /hs/{token}, "
                    + "which the receipt's QR code and the SMS carry. An officer or a unit head reads their own "
                    + "unit's dossiers only.")
    @ApiResponse(responseCode = "200", description = "The dossier",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DossierView.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or a dossier of another unit than the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DossierView dossier(@Parameter(description = "Dossier code", example = "000.00.12.H12-261123-0007")
            @PathVariable String code, Principal principal) {
        return views.of(readable(code, principal));
    }

    @GetMapping("/{code}/control-slip")
    @Operation(summary = "The control slip (phiếu kiểm soát quá trình giải quyết hồ sơ, Mẫu 06)",
            description = "Who held the dossier when and for how long: reception (line 0), then each hand-off with "
                    + "the giver, the taker and their unit, the step's due time, until when it was held and whether "
                    + "past that due time; and the supplement requests with their rulings. Readable as GET one.")
    @ApiResponse(responseCode = "200", description = "The control slip",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ControlSlipView.class)))
    @ApiResponse(responseCode = "403", description = "Not staff, or a dossier of another unit than the caller's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dossier has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ControlSlipView controlSlip(@Parameter(description = "Dossier code (mã hồ sơ)") @PathVariable String code,
            Principal principal) {
        Dossier dossier = readable(code, principal);
        return new ControlSlipView(dossier.getCode(), slip.of(dossier).stream().map(views::line).toList(),
                supplements.of(dossier).stream().map(views::supplement).toList());
    }

    private Dossier readable(String code, Principal principal) {
        Dossier dossier = dossiers.find(code)
                .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
        if (!scope(principal, null).covers(dossier)) {
            throw new Refusal("problem.dossier.other-unit", "Dossier " + code + " belongs to another unit");
        }
        return dossier;
    }

    /** The caller's own scope, narrowed to the named unit when there is one (and the caller may read it). */
    private DossierScope scope(Principal principal, String unitCode) {
        SignedInUser user = Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "Dossiers are for staff"));
        DossierScope own = dossiers.scopeOf(user.role() == Role.MANAGER || user.role() == Role.ADMIN,
                user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
        if (unitCode == null || unitCode.isBlank()) {
            return own;
        }
        Unit unit = officers.units().stream().filter(u -> u.getCode().equalsIgnoreCase(unitCode.strip())).findFirst()
                .orElseThrow(() -> new Refusal("problem.dossier.unit.unknown", "Unknown unit " + unitCode));
        if (!own.allUnits() && !unit.getId().equals(own.unitId())) {
            throw new Refusal("problem.dossier.other-unit", "Unit " + unitCode + " is not the caller's");
        }
        return DossierScope.unit(unit.getId());
    }
}
