package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;
import static vn.motcua.api.MonthlyReportsController.OTHER_UNIT;
import static vn.motcua.api.MonthlyReportsController.REFUSED;
import static vn.motcua.api.MonthlyReportsController.UNIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.Centers;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officers;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.MonthlyTable;
import vn.motcua.report.ReportPeriod;

/**
 * The monthly report, the quarterly report and the targets as XLSX (numbers as numbers), CSV (UTF-8 with BOM) and PDF
 * (A4, the center's header, places to sign). Each takes month=YYYY-MM; the quarter's also quarter=YYYY-Qn.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class MonthlyFilesController {

    /** The CSV's media type without its charset, as the document keys it (the answer says UTF-8). */
    private static final String CSV = "text/csv";

    private final MonthlyReports reports;
    private final ReportFiles files;
    private final Centers centers;
    private final Dossiers dossiers;
    private final Officers officers;

    MonthlyFilesController(MonthlyReports reports, ReportFiles files, Centers centers, Dossiers dossiers,
            Officers officers) {
        this.reports = reports;
        this.files = files;
        this.centers = centers;
        this.dossiers = dossiers;
        this.officers = officers;
    }

    @GetMapping(path = "/monthly.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The monthly report as a workbook (XLSX)", description = "Sheets: dossiers, counters and "
            + "satisfaction, the classification of units. month=YYYY-MM. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> monthlyXlsx(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return monthly(month, unit, principal, "xlsx");
    }

    @GetMapping(path = "/monthly.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The monthly report as CSV (UTF-8 with BOM)", description = "The same tables one after the "
            + "other, each under its heading. month=YYYY-MM. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> monthlyCsv(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return monthly(month, unit, principal, "csv");
    }

    @GetMapping(path = "/monthly.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The monthly report on paper (PDF, A4)", description = "Under the center's header, with "
            + "the places to sign for the preparer and the center's leader. month=YYYY-MM. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> monthlyPdf(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return monthly(month, unit, principal, "pdf");
    }

    @GetMapping(path = "/quarterly.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The quarterly report as a workbook (XLSX)", description = "A sheet per figure: every "
            + "unit's three months and quarter side by side. month=YYYY-MM (that month's quarter) or quarter=YYYY-Qn. "
            + UNIT)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> quarterlyXlsx(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return quarterly(month, quarter, unit, principal, "xlsx");
    }

    @GetMapping(path = "/quarterly.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The quarterly report as CSV (UTF-8 with BOM)", description = "A table per figure, one "
            + "after the other. month=YYYY-MM (that month's quarter) or quarter=YYYY-Qn. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> quarterlyCsv(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return quarterly(month, quarter, unit, principal, "csv");
    }

    @GetMapping(path = "/quarterly.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The quarterly report on paper (PDF, A4)", description = "Under the center's header, with "
            + "places to sign. month=YYYY-MM (that month's quarter) or quarter=YYYY-Qn. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> quarterlyPdf(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return quarterly(month, quarter, unit, principal, "pdf");
    }

    @GetMapping(path = "/targets.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The targets as a workbook (XLSX)", description = "Each target, its goal, value, figures, "
            + "result in words and source. month=YYYY-MM, or quarter=YYYY-Qn. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> targetsXlsx(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return targets(month, quarter, unit, principal, "xlsx");
    }

    @GetMapping(path = "/targets.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The targets as CSV (UTF-8 with BOM)", description = "month=YYYY-MM, or quarter=YYYY-Qn. "
            + UNIT)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> targetsCsv(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return targets(month, quarter, unit, principal, "csv");
    }

    @GetMapping(path = "/targets.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The targets on paper (PDF, A4)", description = "Under the center's header, with places "
            + "to sign. month=YYYY-MM, or quarter=YYYY-Qn. " + UNIT)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = OTHER_UNIT,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> targetsPdf(@Parameter(example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(example = "2026-Q4") @RequestParam(required = false) String quarter,
            @Parameter(example = "KT") @RequestParam(required = false) String unit, Principal principal) {
        return targets(month, quarter, unit, principal, "pdf");
    }

    private ResponseEntity<byte[]> monthly(String month, String unit, Principal principal, String extension) {
        var parsed = MonthlyRequests.month(month);
        return file(reports.monthTable(parsed, unit(unit, principal), Translations.VIETNAMESE),
                MonthlyTable.monthFileName(parsed), extension);
    }

    private ResponseEntity<byte[]> quarterly(String month, String quarter, String unit, Principal principal,
            String extension) {
        ReportPeriod period = MonthlyRequests.quarter(quarter, month);
        return file(reports.quarterTable(period.month(), unit(unit, principal), Translations.VIETNAMESE),
                MonthlyTable.quarterFileName(period), extension);
    }

    private ResponseEntity<byte[]> targets(String month, String quarter, String unit, Principal principal,
            String extension) {
        ReportPeriod period = MonthlyRequests.targets(quarter, month);
        return file(reports.targetsTable(period, unit(unit, principal), Translations.VIETNAMESE),
                MonthlyReports.targetsFileName(period), extension);
    }

    private Optional<Long> unit(String unit, Principal principal) {
        return Index766Requests.unit(unit, principal, dossiers, officers);
    }

    private ResponseEntity<byte[]> file(ReportTable table, String name, String extension) {
        byte[] body;
        String type;
        switch (extension) {
            case "xlsx" -> {
                body = files.xlsx(table);
                type = ReportFiles.XLSX;
            }
            case "csv" -> {
                body = files.csv(table);
                type = ReportFiles.CSV;
            }
            default -> {
                body = files.pdf(table, centers.profile().getName());
                type = ReportFiles.PDF;
            }
        }
        ContentDisposition disposition = ContentDisposition.attachment().filename(name + "." + extension).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
