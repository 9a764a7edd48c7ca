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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.officer.Officers;
import vn.motcua.report.Index766;
import vn.motcua.report.Index766Drill;
import vn.motcua.report.Index766Figures;
import vn.motcua.report.Index766Table;
import vn.motcua.report.ReportPeriod;

/**
 * The 766 index (Decision 766/QĐ-TTg) live from the dossiers: the figures of a month or a run of days, the dossiers
 * behind each figure, and the report as XLSX, CSV and PDF. A head of unit reads their own unit's.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class Index766Controller {

    private static final String PERIOD = "Exactly one of month (YYYY-MM) or from and to (days, at most 366 apart). "
            + "unit: a unit's code or id; a head of unit gets their own unit whatever they ask. "
            + "How each figure is computed: docs/index766.md.";
    private static final String REFUSED = "Neither or both of month and from/to, a malformed or out-of-range month "
            + "or day, more than 366 days, an unknown unit or indicator (the problem says which, in words)";

    /** The CSV's media type without its charset, as the document keys it (the answer says UTF-8). */
    private static final String CSV = "text/csv";

    private final Index766Figures figures;
    private final Index766Drill drill;
    private final Index766Table table;
    private final ReportFiles files;
    private final Dossiers dossiers;
    private final Officers officers;
    private final Centers centers;
    private final CenterTime time;

    Index766Controller(Index766Figures figures, Index766Drill drill, Index766Table table, ReportFiles files,
            Dossiers dossiers, Officers officers, Centers centers, CenterTime time) {
        this.figures = figures;
        this.drill = drill;
        this.table = table;
        this.files = files;
        this.dossiers = dossiers;
        this.officers = officers;
        this.centers = centers;
        this.time = time;
    }

    @GetMapping("/index766")
    @Operation(summary = "The 766 index of a period (chỉ số 766)", description = "The center's (or the unit's) "
            + "six indicators with their counts, points, maxima, full marks and whether each is an estimate, the "
            + "score, and every unit's row. The running month is counted as of now. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Index766View.class)))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "A head of unit asked for another unit "
            + "(problem.dossier.other-unit)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    Index766View index(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            YearMonth month,
            @Parameter(description = "First day", example = "2026-11-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day", example = "2026-11-15") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = Index766Requests.period(month, from, to);
        Optional<Long> unitId = Index766Requests.unit(unit, principal, dossiers, officers);
        Index766 group = unitId.map(id -> figures.unit(period, id)).orElseGet(() -> figures.center(period));
        List<Index766> units = unitId.isPresent() ? List.of(group) : figures.units(period);
        return new Index766View(period.first(), period.last(), time.now().isBefore(period.to()),
                Index766View.Row.of(group), units.stream().map(Index766View.Row::of).toList());
    }

    @GetMapping("/index766/dossiers")
    @Operation(summary = "The dossiers behind a 766 figure", description = "For one indicator (ON_TIME, "
            + "SATISFACTION, ONLINE, DIGITISED, PAYMENT, SYNC), the dossiers that cost points and why (finished late, "
            + "open past due, a second supplement request, which sign of dissatisfaction, not online, not digitised, "
            + "not paid online, not synced), oldest received first, at most 1000, with the count of all. No "
            + "citizen's name, phone or ID number. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The dossiers",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Index766DrillView.class)))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "A head of unit asked for another unit "
            + "(problem.dossier.other-unit)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    Index766DrillView drill(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            YearMonth month,
            @Parameter(description = "First day", example = "2026-11-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day", example = "2026-11-15") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "The indicator", example = "ON_TIME") @RequestParam(required = false)
            String indicator,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = Index766Requests.period(month, from, to);
        Index766.Code code = Index766Requests.indicator(indicator);
        return Index766DrillView.of(drill.dossiers(period, code,
                Index766Requests.unit(unit, principal, dossiers, officers)));
    }

    @GetMapping(path = "/index766.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The 766 index as a workbook (XLSX)", description = "A sheet of rates and one of points "
            + "(center or unit, then every unit), then a sheet per indicator with the dossiers that cost points; rates "
            + "and points as numbers, times as dates. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "A head of unit asked for another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> xlsx(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = Index766Requests.period(month, from, to);
        return file(files.xlsx(report(period, unit, principal)), ReportFiles.XLSX, period, "xlsx");
    }

    @GetMapping(path = "/index766.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The 766 index as CSV (UTF-8 with BOM)", description = "The same sections one after the "
            + "other, each under its heading. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "A head of unit asked for another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> csv(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = Index766Requests.period(month, from, to);
        return file(files.csv(report(period, unit, principal)), ReportFiles.CSV, period, "csv");
    }

    @GetMapping(path = "/index766.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The 766 index on paper (PDF, A4)", description = "Under the center's header, with the "
            + "places to sign for the preparer and the center's leader. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "A head of unit asked for another unit",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> pdf(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Unit code or id", example = "KT") @RequestParam(required = false) String unit,
            Principal principal) {
        ReportPeriod period = Index766Requests.period(month, from, to);
        return file(files.pdf(report(period, unit, principal), centers.profile().getName()), ReportFiles.PDF, period,
                "pdf");
    }

    private ReportTable report(ReportPeriod period, String unit, Principal principal) {
        return table.of(period, Index766Requests.unit(unit, principal, dossiers, officers));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, ReportPeriod period, String extension) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(Index766Table.fileName(period) + "." + extension).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
