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
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.report.ReportPeriod;
import vn.motcua.report.Scorecards;
import vn.motcua.i18n.Refusal;

/** Reports on what officers and units did: for the monthly evaluation and the rankings (seed 000, 003). */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = ApiDocumentAnswers.BASIC)
@Tag(name = ReportsController.TAG, description = "Officers' results for a day or a month")
class ReportsController {

    static final String TAG = "Reports (báo cáo)";

    private final Scorecards scorecards;

    ReportsController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/scorecard")
    @Operation(summary = "An officer's scorecard (kết quả phục vụ của cán bộ)",
            description = "For one local day (day=2026-11-23) or month (month=2026-11) of the center "
                    + "(Asia/Ho_Chi_Minh): tickets served, the average wait of the visitors the officer called (from "
                    + "entering the queue to the call), the average service time (from the start of service, or the "
                    + "call, to the finish or the transfer, holds left out), no-shows, transfers made, ratings by "
                    + "level and the satisfied share. A ticket transferred between two officers counts for both, "
                    + "each for their own part.")
    @ApiResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ScorecardReport.class)))
    @ApiResponse(responseCode = "400", description = "No officer, not exactly one of day and month, or a malformed "
            + "date", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No officer has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    ScorecardReport scorecard(
            @Parameter(description = "Officer's staff code", example = "CB02")
            @RequestParam(required = false) String officer,
            @Parameter(description = "A local day, ISO format", example = "2026-11-23")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Parameter(description = "A month, ISO format (year-month)", example = "2026-11")
            @RequestParam(required = false) YearMonth month) {
        if (officer == null || officer.isBlank()) {
            throw new Refusal("problem.report.officer", "A scorecard needs the officer's code");
        }
        if ((day == null) == (month == null)) {
            throw new Refusal("problem.report.period", "A scorecard needs either a day or a month");
        }
        ReportPeriod period = day != null ? ReportPeriod.day(day) : ReportPeriod.month(month);
        return ScorecardReport.of(scorecards.of(officer, period));
    }
}
