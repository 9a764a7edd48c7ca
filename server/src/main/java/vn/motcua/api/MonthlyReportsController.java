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
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officers;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.ReportPeriod;
import vn.motcua.report.TargetTable;

/**
 * The monthly report per unit (seed 002), the quarterly report and the directives' targets as JSON; their files are
 * {@link MonthlyFilesController}'s. A head of unit reads their own unit's.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class MonthlyReportsController {

    static final String UNIT = "unit: a unit's code or id; a head of unit gets their own unit whatever they ask. "
            + "How each figure is computed: docs/monthly-report.md.";
    static final String REFUSED = "A missing, malformed or out-of-range month or quarter, both a month and a quarter, "
            + "an unknown unit (the problem says which, in words)";
    static final String OTHER_UNIT = "A head of unit asked for another unit (problem.dossier.other-unit)";

    private final MonthlyReports reports;
    private final TargetTable targetWords;
    private final Dossiers dossiers;
    private final Officers officers;

    MonthlyReportsController(MonthlyReports reports, TargetTable targetWords, Dossiers dossiers, Officers officers) {
        this.reports = reports;
        this.targetWords = targetWords;
        this.dossiers = dossiers;
        this.officers = officers;
    }

    @GetMapping("/monthly")
    @Operation(summary = "The monthly report per unit (báo cáo tháng)", description = "Per unit and for the center: "
            + "dossiers received, handled, on time, late; overdue at reception and at handling; returned through "
            + "fault and returned several times; supplement and second requests; apologies sent; tickets served, "
            + "average wait and service, ratings by level, satisfied share, complaints. month=YYYY-MM. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MonthlyReportView.class)))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    MonthlyReportView monthly(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        return MonthlyReportView.of(reports.month(MonthlyRequests.month(month), unit(unit, principal)));
    }

    @GetMapping("/quarterly")
    @Operation(summary = "The quarterly report per unit (báo cáo quý)", description = "The monthly report's figures "
            + "for each of the quarter's three months, then for the quarter counted as one period. quarter=YYYY-Qn, "
            + "or month=YYYY-MM meaning that month's quarter. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MonthlyReportView.Quarter.class)))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    MonthlyReportView.Quarter quarterly(@Parameter(description = "A quarter", example = "2026-Q4")
            @RequestParam(required = false) String quarter,
            @Parameter(description = "A month of the quarter", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = MonthlyRequests.quarter(quarter, month);
        return MonthlyReportView.Quarter.of(reports.quarter(period.month(), unit(unit, principal)));
    }

    @GetMapping("/targets")
    @Operation(summary = "The directives' targets (chỉ tiêu)", description = "On time 100%, online 80%, without "
            + "appointment +20% on a year earlier, self-service 60%, digitised 80%, re-use 50%, handling time cut 50%: "
            + "each with its value, goal and result; NOT_RECORDED where this product keeps no figures. "
            + "month=YYYY-MM, or quarter=YYYY-Qn. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The targets",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TargetsView.class)))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    TargetsView targets(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "A quarter", example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = MonthlyRequests.targets(quarter, month);
        Optional<Long> unitId = unit(unit, principal);
        return new TargetsView(period.first(), period.last(), reports.groupName(unitId),
                reports.targets(period, unitId).stream().map(target -> new TargetsView.Line(target.code(),
                        target.goal(), target.value().orElse(null), target.part().orElse(null),
                        target.whole().orElse(null), target.status(),
                        targetWords.result(target, Translations.VIETNAMESE))).toList());
    }

    private Optional<Long> unit(String unit, Principal principal) {
        return Index766Requests.unit(unit, principal, dossiers, officers);
    }
}
