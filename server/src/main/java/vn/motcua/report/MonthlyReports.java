package vn.motcua.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

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

    /** The quarter named "2026-Q4" (case ignored), from 2000 to 2100; empty when the text is no such quarter. */
    public static Optional<ReportPeriod> quarterOf(String text) {
        Matcher matcher = QUARTER.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year < 2000 || year > 2100 ? Optional.empty()
                : Optional.of(ReportPeriod.quarter(YearMonth.of(year, (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1)));
    }

    /** "2026-Q4": how the addresses and the API name a quarter. */
    public static String quarterCode(ReportPeriod quarter) {
        return quarter.first().getYear() + "-Q" + ((quarter.first().getMonthValue() - 1) / 3 + 1);
    }

    /** The file name without extension: chi-tieu-2026-11 or chi-tieu-2026-Q4. */
    public static String targetsFileName(ReportPeriod period) {
        return "chi-tieu-" + (period.isQuarter() ? quarterCode(period) : period.month().toString());
    }
}
