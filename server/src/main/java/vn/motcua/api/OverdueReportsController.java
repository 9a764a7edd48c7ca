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
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.OverdueList;
import vn.motcua.dossier.OverduePapers;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * The daily overdue list (seed 004) as JSON, PDF and XLSX, and the weekly count (seed 002): a head of unit reads their
 * unit's, a manager or an administrator every unit's with the unassigned.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG)
class OverdueReportsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TODAY_ONLY = "The day, today in the center's time when left out; another day is "
            + "refused (400), since what was nearly due on a past day is not kept: earlier weeks are in the weekly count.";

    private final OverdueList list;
    private final OverduePapers papers;
    private final Dossiers dossiers;
    private final CenterTime time;

    OverdueReportsController(OverdueList list, OverduePapers papers, Dossiers dossiers, CenterTime time) {
        this.list = list;
        this.papers = papers;
        this.dossiers = dossiers;
        this.time = time;
    }

    @GetMapping("/overdue")
    @Operation(summary = "The daily overdue list (danh sách hồ sơ quá hạn và sắp đến hạn)",
            description = "Per unit, the late dossiers and steps (the longest late first) and those warned of (the "
                    + "soonest due first): who holds each and for how long in working time, the due time, how long "
                    + "late, who answers for it (the officer who held it at its due time and their head of unit) and "
                    + "the new appointment an apology set. " + TODAY_ONLY)
    @ApiResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OverdueReportView.class)))
    @DayRefusals
    OverdueReportView overdue(@Parameter(description = "A local day, ISO format", example = "2026-12-02")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Principal principal) {
        return OverdueReportView.of(list.of(scope(principal), dayOrToday(day)));
    }

    @GetMapping(path = "/overdue.pdf", produces = {DossierPapersController.PDF, PROBLEM})
    @Operation(summary = "The daily overdue list on paper (PDF, A4 landscape)",
            description = "The same list, one table per unit, with the places to sign for the preparer and the head "
                    + "of unit (or the center's leader). " + TODAY_ONLY)
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(
            mediaType = DossierPapersController.PDF, schema = @Schema(type = "string", format = "binary")))
    @DayRefusals
    ResponseEntity<byte[]> overduePdf(@Parameter(description = "A local day, ISO format", example = "2026-12-02")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Principal principal) {
        LocalDate date = dayOrToday(day);
        return file(papers.pdf(scope(principal), date), MediaType.APPLICATION_PDF,
                ContentDisposition.inline().filename("qua-han-" + date + ".pdf").build());
    }

    @GetMapping(path = "/overdue.xlsx", produces = {XLSX, PROBLEM})
    @Operation(summary = "The daily overdue list as a workbook (XLSX)",
            description = "One row per dossier with its unit in a column, times as dates, working hours as numbers; "
                    + "a second sheet with the weekly count of the last " + OverduePapers.WORKBOOK_WEEKS + " weeks. "
                    + TODAY_ONLY)
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = "string", format = "binary")))
    @DayRefusals
    ResponseEntity<byte[]> overdueXlsx(@Parameter(description = "A local day, ISO format", example = "2026-12-02")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Principal principal) {
        LocalDate date = dayOrToday(day);
        return file(papers.xlsx(scope(principal), date), MediaType.parseMediaType(XLSX),
                ContentDisposition.attachment().filename("qua-han-" + date + ".xlsx").build());
    }

    @GetMapping("/overdue-weekly")
    @Operation(summary = "The weekly count of overdue dossiers per unit (thống kê hồ sơ quá hạn theo tuần)",
            description = "For the last weeks ISO weeks (Monday to Sunday in the center's time; this week last), how "
                    + "many dossiers were found late in each week, per unit and, for a manager, unassigned.")
    @ApiResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OverdueWeeklyView.class)))
    @ApiResponse(responseCode = "400", description = "weeks not a whole number from 1 to 52",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    OverdueWeeklyView overdueWeekly(@Parameter(description = "How many weeks, 1..52", example = "8")
            @RequestParam(defaultValue = "8") int weeks, Principal principal) {
        return OverdueWeeklyView.of(list.weekly(scope(principal), weeks));
    }

    private LocalDate dayOrToday(LocalDate day) {
        return day == null ? time.today() : day;
    }

    private DossierScope scope(Principal principal) {
        SignedInUser user = Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "The overdue list is for staff"));
        return dossiers.scopeOf(user.role() == Role.MANAGER || user.role() == Role.ADMIN,
                user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }
}
