package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.YearMonth;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.i18n.Translations;
import vn.motcua.report.OverdueWeeklyTable;

/**
 * The weekly count of overdue dossiers (seed 002) of a month's weeks as XLSX, CSV and PDF: a manager's every unit and
 * the unassigned, a head of unit's their unit. The JSON of the last weeks is {@code /overdue-weekly}.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class OverdueWeeklyFilesController {

    private static final String CSV = "text/csv";
    private static final String WEEKS = "Dossiers found late in each week, per unit (a manager's ends with those no "
            + "unit answers for), and each unit's total. month (YYYY-MM, from 2000 to this month): the ISO weeks "
            + "(Monday to Sunday, center time) that touch it, one column each.";
    private static final String REFUSED = "No month, a malformed one, one before 2000 or still to come";

    private final OverdueWeeklyTable table;
    private final ReportFileAnswers files;
    private final Dossiers dossiers;
    private final CenterTime time;

    OverdueWeeklyFilesController(OverdueWeeklyTable table, ReportFileAnswers files, Dossiers dossiers,
            CenterTime time) {
        this.table = table;
        this.files = files;
        this.dossiers = dossiers;
        this.time = time;
    }

    @GetMapping(path = "/overdue-weekly.xlsx", produces = {ReportFiles.XLSX, PROBLEM})
    @Operation(summary = "The weekly overdue count of a month as a workbook (XLSX)", description = WEEKS)
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> xlsx(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal principal) {
        return file(month, principal, "xlsx");
    }

    @GetMapping(path = "/overdue-weekly.csv", produces = {CSV, PROBLEM})
    @Operation(summary = "The weekly overdue count of a month as CSV (UTF-8 with BOM)", description = WEEKS)
    @ApiResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> csv(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal principal) {
        return file(month, principal, "csv");
    }

    @GetMapping(path = "/overdue-weekly.pdf", produces = {ReportFiles.PDF, PROBLEM})
    @Operation(summary = "The weekly overdue count of a month on paper (PDF, A4)", description = WEEKS
            + " Under the center's header, with the places to sign.")
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = REFUSED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<byte[]> pdf(@Parameter(description = "A month", example = "2026-11")
            @RequestParam(required = false) YearMonth month, Principal principal) {
        return file(month, principal, "pdf");
    }

    private ResponseEntity<byte[]> file(YearMonth month, Principal principal, String extension) {
        YearMonth asked = DailyRequests.month(month, time.today(), "problem.weekly.month");
        return files.answer(table.of(StaffScopes.of(dossiers, principal), asked, Translations.VIETNAMESE), OverdueWeeklyTable.fileName(asked),
                extension);
    }
}
