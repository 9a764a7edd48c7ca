package vn.motcua.report;

import java.util.List;
import java.util.Optional;

/** A quarter's report: each of its three months and the whole quarter, in the monthly report's shape. */
public record QuarterlyReport(ReportPeriod quarter, List<MonthlyReport> months, MonthlyReport whole) {

    /** The report as a head of unit reads it: their unit alone in every month. */
    public QuarterlyReport only(Optional<Long> unitId) {
        return new QuarterlyReport(quarter, months.stream().map(month -> month.only(unitId)).toList(),
                whole.only(unitId));
    }
}
