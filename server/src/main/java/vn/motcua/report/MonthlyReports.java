package vn.motcua.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * The monthly report, the quarterly report and the targets for a reader's scope (the center, or a head's own unit),
 * as figures and as report tables: the one place the API, the screens and their downloads take them from.
 */
@Service
public class MonthlyReports {

    private final MonthlyFigures figures;
    private final RuleTargets targets;
    private final MonthlyTable monthlyTable;
    private final TargetTable targetTable;
    private final Centers centers;
    private final Officers officers;
    private final Translations translations;

    MonthlyReports(MonthlyFigures figures, RuleTargets targets, MonthlyTable monthlyTable, TargetTable targetTable,
            Centers centers, Officers officers, Translations translations) {
        this.figures = figures;
        this.targets = targets;
        this.monthlyTable = monthlyTable;
        this.targetTable = targetTable;
        this.centers = centers;
        this.officers = officers;
        this.translations = translations;
    }

    /** The month's report: every unit, or the one unit. */
    public MonthlyReport month(YearMonth month, Optional<Long> unit) {
        return figures.of(ReportPeriod.month(month)).only(unit);
    }

    /** The quarter that holds {@code anyMonth}. */
    public QuarterlyReport quarter(YearMonth anyMonth, Optional<Long> unit) {
        return figures.quarter(anyMonth).only(unit);
    }

    /** The targets of a month or a quarter. */
    public List<Target> targets(ReportPeriod period, Optional<Long> unit) {
        return targets.of(period, unit);
    }

    public ReportTable monthTable(YearMonth month, Optional<Long> unit, Locale locale) {
        return monthlyTable.month(month(month, unit), locale);
    }

    public ReportTable quarterTable(YearMonth anyMonth, Optional<Long> unit, Locale locale) {
        return monthlyTable.quarter(quarter(anyMonth, unit), locale);
    }

    public ReportTable targetsTable(ReportPeriod period, Optional<Long> unit, Locale locale) {
        return targetTable.of(targets(period, unit), periodName(period, locale), groupName(unit), locale);
    }

    /** "Tháng 11/2026" or "Quý IV/2026". */
    public String periodName(ReportPeriod period, Locale locale) {
        return period.isQuarter() ? monthlyTable.quarterName(period, locale)
                : translations.getTranslation("monthly.period.month", locale, period.month().getMonthValue(),
                        String.valueOf(period.month().getYear()));
    }

    /** The center's name, or the unit's. */
    public String groupName(Optional<Long> unit) {
        return unit.flatMap(officers::unit).map(Unit::getName).orElseGet(() -> centers.profile().getName());
    }

    /** The file name without extension: chi-tieu-2026-11 or chi-tieu-2026-Q4. */
    public static String targetsFileName(ReportPeriod period) {
        return period.isQuarter() ? MonthlyTable.quarterFileName(period).replace("bao-cao-quy", "chi-tieu")
                : "chi-tieu-" + period.month();
    }
}
