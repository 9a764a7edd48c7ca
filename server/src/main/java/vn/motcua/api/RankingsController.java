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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
import vn.motcua.forms.ReportFiles;
import vn.motcua.report.RankingBoard;
import vn.motcua.report.RankingPeriods;
import vn.motcua.report.Rankings;
import vn.motcua.report.RankingsTable;
import vn.motcua.report.ReportPeriod;

/**
 * Rankings of units and officers for a month or a quarter (seed 003), by satisfaction, on-time rate and 766 score,
 * with movement since the period before; and the same as XLSX, CSV and PDF. For managers and heads of unit: the
 * rankings compare units, so a head sees the whole center's (the month's are public anyway).
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class RankingsController {

    private static final String PERIOD = "Exactly one of month (YYYY-MM) or quarter (YYYY-Qn). Ranked only with at "
            + "least " + Rankings.MINIMUM + " ratings (satisfaction) or dossiers handled (on time, 766 score); values "
            + "equal to one decimal share a rank. How: docs/rankings.md.";
    /** The CSV's media type as the document names it; the answer adds its charset, UTF-8. */
    private static final String CSV = "text/csv";

    private final Rankings rankings;
    private final RankingsTable table;
    private final ReportFiles files;
    private final Centers centers;
    private final CenterTime time;

    RankingsController(Rankings rankings, RankingsTable table, ReportFiles files, Centers centers, CenterTime time) {
        this.rankings = rankings;
        this.table = table;
        this.files = files;
        this.centers = centers;
        this.time = time;
    }

    /** The refusals every form shares. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "400", description = "Neither or both of month and quarter, or one malformed or "
            + "out of range (problem.rankings.period)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not a manager, head of unit or administrator",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @interface Refusals {
    }

    @GetMapping("/rankings")
    @Operation(summary = "Rankings of units and officers (xếp hạng)", description = "Per criterion (SATISFACTION, "
            + "ON_TIME, SCORE766) the units and the officers, best first, each with rank, value, count and movement "
            + "(UP, DOWN, SAME, NEW) since the previous month or quarter. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The rankings",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = RankingsView.class)))
    @Refusals
    RankingsView rankings(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "A quarter", example = "2026-Q4") @RequestParam(required = false) String quarter) {
        ReportPeriod period = RankingPeriods.of(month, quarter);
        RankingBoard board = rankings.of(period);
        return new RankingsView(RankingsView.name(period), period.first(), period.last(),
                RankingsView.name(board.previous()), time.now().isBefore(period.to()), Rankings.MINIMUM,
                RankingsView.Ranking.of(board.units()), RankingsView.Ranking.of(board.officers()));
    }

    @GetMapping(path = "/rankings.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "Rankings as a workbook (XLSX)", description = "A sheet per criterion for the units, then "
            + "for the officers; ranks, values and counts as numbers. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @Refusals
    ResponseEntity<byte[]> xlsx(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "A quarter", example = "2026-Q4") @RequestParam(required = false) String quarter) {
        ReportPeriod period = RankingPeriods.of(month, quarter);
        return file(files.xlsx(table.of(period)), ReportFiles.XLSX, period, "xlsx");
    }

    @GetMapping(path = "/rankings.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "Rankings as CSV (UTF-8 with BOM)", description = "The same sections one after the other, "
            + "each under its heading. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @Refusals
    ResponseEntity<byte[]> csv(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "A quarter", example = "2026-Q4") @RequestParam(required = false) String quarter) {
        ReportPeriod period = RankingPeriods.of(month, quarter);
        return file(files.csv(table.of(period)), ReportFiles.CSV, period, "csv");
    }

    @GetMapping(path = "/rankings.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "Rankings on paper (PDF, A4)", description = "Under the center's header, with the places "
            + "to sign for the preparer and the center's leader. " + PERIOD)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @Refusals
    ResponseEntity<byte[]> pdf(@Parameter(description = "A month", example = "2026-11") @RequestParam(required = false)
            String month,
            @Parameter(description = "A quarter", example = "2026-Q4") @RequestParam(required = false) String quarter) {
        ReportPeriod period = RankingPeriods.of(month, quarter);
        return file(files.pdf(table.of(period), centers.profile().getName()), ReportFiles.PDF, period, "pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, ReportPeriod period, String extension) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(RankingsTable.fileName(period) + "." + extension).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body);
    }
}
