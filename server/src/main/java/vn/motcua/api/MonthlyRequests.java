package vn.motcua.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.ReportPeriod;

/** Reads the monthly, quarterly and targets requests' month and quarter, refusing in words what does not fit. */
final class MonthlyRequests {

    private MonthlyRequests() {
    }

    /** month=YYYY-MM, from 2000 to 2100. */
    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw new Refusal("problem.monthly.month", "month=YYYY-MM is needed");
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                throw new Refusal("problem.monthly.month", "The month " + month + " is out of range");
            }
            return parsed;
        } catch (DateTimeParseException malformed) {
            throw new Refusal("problem.monthly.month", "Not a month: " + month);
        }
    }

    /** quarter=YYYY-Qn, or month=YYYY-MM meaning that month's quarter: exactly one. */
    static ReportPeriod quarter(String quarter, String month) {
        boolean byQuarter = quarter != null && !quarter.isBlank();
        boolean byMonth = month != null && !month.isBlank();
        if (byQuarter == byMonth) {
            throw new Refusal("problem.monthly.quarter", "Give either quarter=YYYY-Qn or month=YYYY-MM");
        }
        if (byMonth) {
            return ReportPeriod.quarter(month(month));
        }
        return MonthlyReports.quarterOf(quarter).orElseThrow(() -> new Refusal("problem.monthly.quarter",
                "Not a quarter from 2000 to 2100: " + quarter));
    }

    /** The targets' period: a month, or a quarter (quarter=YYYY-Qn); exactly one. */
    static ReportPeriod targets(String quarter, String month) {
        return quarter != null && !quarter.isBlank() ? quarter(quarter, month) : ReportPeriod.month(month(month));
    }
}
