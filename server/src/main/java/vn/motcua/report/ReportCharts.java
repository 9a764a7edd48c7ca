package vn.motcua.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Translations;
import vn.motcua.report.SvgChart.Point;
import vn.motcua.report.SvgChart.Words;

/**
 * The two charts a manager would rather look at than read (issue 17): the center's satisfied share day by day over a
 * month, against the 90% target, and each unit's on-time rate of the month (766 index 2.1), against 100%.
 */
@Service
public class ReportCharts {

    public static final String TREND_ID = "chart-satisfaction";
    public static final String ON_TIME_ID = "chart-on-time";

    private final DailyFigures daily;
    private final Index766Figures index766;
    private final Translations translations;
    private final CenterTime time;

    ReportCharts(DailyFigures daily, Index766Figures index766, Translations translations, CenterTime time) {
        this.daily = daily;
        this.index766 = index766;
        this.translations = translations;
        this.time = time;
    }

    /** Every day of the month on the axis; a day without ratings, or still to come, has no point. */
    public String satisfactionTrend(YearMonth month, Locale locale) {
        Map<LocalDate, Double> shares = new HashMap<>();
        for (DailyFigures.MonthDay day : daily.month(month, time.today())) {
            SatisfactionTally tally = day.center().satisfaction();
            if (tally.total() > 0) {
                shares.put(day.day(), tally.percent().doubleValue());
            }
        }
        List<Point> points = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            points.add(new Point(String.format("%02d", day), shares.get(month.atDay(day))));
        }
        return SvgChart.line(words(TREND_ID, "reports.chart.trend", month, SatisfactionTally.MINIMUM_TARGET, locale),
                points, locale);
    }

    /** A bar per unit (a head of unit's: their unit's alone); a unit that handled no dossier has a label, no bar. */
    public String onTimeByUnit(YearMonth month, Optional<Long> unitId, Locale locale) {
        ReportPeriod period = ReportPeriod.month(month);
        List<Index766> units = unitId.map(id -> List.of(index766.unit(period, id))).orElseGet(() -> index766.units(period));
        String noUnit = translations.getTranslation("index766.file.no-unit", locale);
        List<Point> bars = units.stream().map(unit -> new Point(unit.groupName().isEmpty() ? noUnit : unit.groupName(),
                unit.indicator(Index766.Code.ON_TIME).percent().orElse(null))).toList();
        return SvgChart.bars(words(ON_TIME_ID, "reports.chart.on-time", month, 100, locale), bars, locale);
    }

    private Words words(String id, String key, YearMonth month, int target, Locale locale) {
        String monthValue = String.valueOf(month.getMonthValue());
        String year = String.valueOf(month.getYear());
        return new Words(id, translations.getTranslation(key + ".title", locale, monthValue, year),
                translations.getTranslation(key + ".desc", locale), target,
                translations.getTranslation("reports.chart.target", locale, String.valueOf(target)));
    }
}
