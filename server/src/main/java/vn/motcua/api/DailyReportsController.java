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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.report.DailyFigures;
import vn.motcua.i18n.Translations;
import vn.motcua.report.DailyTable;

/**
 * The daily report of the queue (tickets, waits, service times, ratings per counter and officer) as JSON and as XLSX,
 * CSV and PDF for a day or the days of a month. Managers read every officer's; a head of unit their unit's.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class DailyReportsController {

    private static final String CSV = "text/csv";
    private static final String DAY_OR_MONTH = "Exactly one of day (YYYY-MM-DD: that day's counters and officers) "
            + "or month (YYYY-MM: one line per day of the month, up to today); from the year 2000 to today.";
    private static final String REFUSED = "Neither or both of day and month, a malformed day or month, one before "
            + "2000 or still to come (the problem says which, in words)";

    private final DailyFigures figures;
    private final DailyTable daily;
    private final ReportFileAnswers files;
    private final Dossiers dossiers;
    private final CenterTime time;

    DailyReportsController(DailyFigures figures, DailyTable daily, ReportFileAnswers files, Dossiers dossiers,
            CenterTime time) {
        this.figures = figures;
        this.daily = daily;
        this.files = files;
        this.dossiers = dossiers;
        this.time = time;
    }

    @GetMapping("/daily")
    @Operation(summary = "The daily report of the queue (báo cáo ngày)", description = "For a day: numbers issued, "
            + "visitors served, absent and carried over to the next working day, the average and longest wait of "
            + "those called, the average service time, ratings by level and the satisfied share; for the center, "
            + "every counter and every officer who worked. A wait runs from entering the queue to the call; a ticket "
            + "carried over waits from the day's opening. day: YYYY-MM-DD, today when left out; from 2000 to today.")
    @ApiResponse(responseCode = "200", description = "The day's figures",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DailyReportView.class)))
    @ApiResponse(responseCode = "400", description = "A malformed day, one before 2000 or still to come",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    DailyReportView daily(@Parameter(description = "A local day, ISO format", example = "2026-11-24")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Principal principal) {
        LocalDate asked = DailyRequests.day(day, time.today());
        return DailyReportView.of(figures.of(asked), DailyRequests.unit(dossiers, principal));
    }

    @GetMapping(path = "/daily.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The daily report as a workbook (XLSX)", description = "A day: a sheet each for the center, "
            + "the counters and the officers; a month: a line per day. Minutes and rates as numbers, days as dates. "
            + DAY_OR_MONTH)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> dailyXlsx(@Parameter(description = "A local day", example = "2026-11-24")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Parameter(description = "A month", example = "2026-11") @RequestParam(required = false) YearMonth month,
            Principal principal) {
        return dailyFile(day, month, principal, "xlsx");
    }

    @GetMapping(path = "/daily.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The daily report as CSV (UTF-8 with BOM)", description = "The same sections one after the "
            + "other, each under its heading. " + DAY_OR_MONTH)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> dailyCsv(@Parameter(description = "A local day", example = "2026-11-24")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Parameter(description = "A month", example = "2026-11") @RequestParam(required = false) YearMonth month,
            Principal principal) {
        return dailyFile(day, month, principal, "csv");
    }

    @GetMapping(path = "/daily.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The daily report on paper (PDF, A4)", description = "Under the center's header, with the "
            + "places to sign for the preparer and the center's leader. " + DAY_OR_MONTH)
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> dailyPdf(@Parameter(description = "A local day", example = "2026-11-24")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Parameter(description = "A month", example = "2026-11") @RequestParam(required = false) YearMonth month,
            Principal principal) {
        return dailyFile(day, month, principal, "pdf");
    }

    private ResponseEntity<byte[]> dailyFile(LocalDate day, YearMonth month, Principal principal, String extension) {
        DailyRequests.dayOrMonth(day, month);
        LocalDate today = time.today();
        if (day != null) {
            LocalDate asked = DailyRequests.day(day, today);
            return files.answer(daily.day(asked, DailyRequests.unit(dossiers, principal), Translations.VIETNAMESE),
                    DailyTable.dayFileName(asked), extension);
        }
        YearMonth asked = DailyRequests.month(month, today, "problem.daily.month");
        DailyRequests.unit(dossiers, principal);
        return files.answer(daily.month(asked, Translations.VIETNAMESE), DailyTable.monthFileName(asked), extension);
    }
}
