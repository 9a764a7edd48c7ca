package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.MonthlyReport;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.QuarterlyReport;

/** The monthly report of a period: the center's line (or the head's unit), then every unit's. */
@Schema(description = "The monthly report per unit in the shape of seed 002; how each figure is counted: "
        + "docs/monthly-report.md")
record MonthlyReportView(LocalDate from, LocalDate to, Row center, List<Row> units) {

    static MonthlyReportView of(MonthlyReport report) {
        return new MonthlyReportView(report.period().first(), report.period().last(), Row.of(report.center()),
                report.units().stream().map(Row::of).toList());
    }

    /** A quarter: its three months and the whole quarter. */
    @Schema(name = "QuarterlyReportView",
            description = "The quarterly report: the three months side by side, then the quarter as one period")
    record Quarter(@Schema(example = "2026-Q4") String quarter, LocalDate from, LocalDate to,
            List<MonthlyReportView> months, MonthlyReportView whole) {

        static Quarter of(QuarterlyReport report) {
            return new Quarter(MonthlyReports.quarterCode(report.quarter()), report.quarter().first(),
                    report.quarter().last(), report.months().stream().map(MonthlyReportView::of).toList(),
                    MonthlyReportView.of(report.whole()));
        }
    }

    /** One unit's figures (or the center's, with no unit id); named apart from the other reports' rows. */
    @Schema(name = "MonthlyReportRow", description = "One unit's month, or the center's")
    record Row(@Schema(nullable = true, description = "The unit's id; null for the center and for dossiers of no "
                    + "unit") Long unitId,
            String name, long received, long handled, long onTime, long late,
            @Schema(nullable = true, description = "On time over handled in percent; null when none was handled")
            Double onTimePercent,
            @Schema(description = "Distinct dossiers found late at their reception step") long overdueAtReception,
            @Schema(description = "Distinct dossiers found late at another step or past their due date")
            long overdueAtHandling,
            @Schema(description = "Violations: returned through an officer's fault") long returnedByFault,
            @Schema(description = "Dossiers returned through fault twice or more, the last time in the period")
            long returnedSeveralTimes,
            long supplementRequests,
            @Schema(description = "Supplement requests after the first") long secondRequests,
            @Schema(description = "Apologies (Mẫu 04) a leader approved: sent to the citizen") long apologiesSent,
            long ticketsServed,
            @Schema(nullable = true, description = "Minutes; null when no ticket was called") Double averageWaitMinutes,
            @Schema(nullable = true, description = "Minutes; null when none was finished")
            Double averageServiceMinutes,
            Map<RatingLevel, Long> ratings,
            @Schema(nullable = true, description = "Null when nobody rated") Double satisfiedPercent,
            @Schema(description = "Citizens' feedback naming the unit or one of its officers") long complaints) {

        static Row of(MonthlyReport.Line line) {
            MonthlyReport.Figures f = line.figures();
            return new Row(line.unitId().orElse(null), line.name(), f.received(), f.handled(), f.onTime(), f.late(),
                    f.onTimePercent().orElse(null), f.overdueAtReception(), f.overdueAtHandling(),
                    f.returnedByFault(), f.returnedSeveralTimes(), f.supplementRequests(), f.secondRequests(),
                    f.apologies(), f.ticketsServed(), f.averageWait().map(Row::minutes).orElse(null),
                    f.averageService().map(Row::minutes).orElse(null), f.ratings(),
                    f.satisfiedPercent().orElse(null), f.complaints());
        }

        private static Double minutes(Duration duration) {
            return duration.toMillis() / 60_000.0;
        }
    }
}
