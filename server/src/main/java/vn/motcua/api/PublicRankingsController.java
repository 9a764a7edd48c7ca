package vn.motcua.api;

import static vn.motcua.api.ApiDocumentation.JSON;
import static vn.motcua.api.ApiDocumentation.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.report.PublicRankings;
import vn.motcua.report.RankingPeriods;

/**
 * The month's rankings made public (seed 000, 003), without sign-in: finished months only, officers by name and unit,
 * only violations confirmed in the register, and nothing about any citizen.
 */
@RestController
@Tag(name = ReportsController.TAG)
class PublicRankingsController {

    private final PublicRankings published;

    PublicRankingsController(PublicRankings published) {
        this.published = published;
    }

    @GetMapping("/api/v1/public/rankings")
    @Operation(summary = "The published rankings of a finished month (công khai, no sign-in)", description = "Units "
            + "and officers (by name and unit only) per criterion with rank, value, count and movement; the officers "
            + "citizens were most satisfied with (the first three places, from 90% satisfied); violations confirmed "
            + "in the register per officer and per unit, by kind (automatic warnings and lateness not yet ruled on are "
            + "never published). No citizen's name or phone. Without month: the last finished month. How: "
            + "docs/rankings.md.")
    @ApiResponse(responseCode = "200", description = "The published rankings",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = PublicRankingsView.class)))
    @ApiResponse(responseCode = "400", description = "A malformed or out-of-range month (problem.rankings.period), "
            + "or the running month or a later one (problem.rankings.unfinished)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    PublicRankingsView rankings(@Parameter(description = "A finished month", example = "2026-11")
            @RequestParam(required = false) String month) {
        return PublicRankingsView.of(published.month(month == null || month.isBlank() ? published.lastFinished()
                : RankingPeriods.month(month)));
    }
}
