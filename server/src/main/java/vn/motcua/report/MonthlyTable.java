package vn.motcua.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;
import vn.motcua.report.MonthlyMeasure.Family;

/**
 * The monthly and the quarterly report as report tables for the files (in Vietnamese) and the screens (in the
 * reader's language): the center's line then each unit's, the classification seed 002 asks for, and for a quarter one
 * table per figure with the three months side by side.
 */
@Service
public class MonthlyTable {

    private final Translations translations;

    MonthlyTable(Translations translations) {
        this.translations = translations;
    }

    /** The month's report: dossiers, counters and ratings, then the classification of units. */
    public ReportTable month(MonthlyReport report, Locale locale) {
        List<MonthlyReport.Line> lines = lines(report);
        List<Section> sections = List.of(
                wide("dossiers", measures(family -> family == Family.DOSSIERS), lines, locale),
                wide("counters", measures(family -> family != Family.DOSSIERS), lines, locale),
                classes(report, locale));
        YearMonth month = report.period().month();
        return new ReportTable(word(locale, "monthly.file.title"),
                word(locale, "monthly.period.month", month.getMonthValue(), String.valueOf(month.getYear())),
                sections, notes(locale), signers(locale));
    }

    /** The quarter's report: for each figure but the ratings by level, every unit's three months and quarter. */
    public ReportTable quarter(QuarterlyReport report, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(word(locale, "monthly.unit"), Kind.TEXT));
        List<Section> sections = new ArrayList<>();
        for (MonthlyMeasure measure : measures(family -> family != Family.LEVELS)) {
            List<Column> heads = new ArrayList<>(columns);
            for (MonthlyReport month : report.months()) {
                YearMonth each = month.period().month();
                heads.add(new Column(word(locale, "monthly.period.month", each.getMonthValue(),
                        String.valueOf(each.getYear())), measure.kind()));
            }
            heads.add(new Column(word(locale, "monthly.quarter.whole"), measure.kind()));
            List<List<Object>> rows = new ArrayList<>();
            List<MonthlyReport.Line> wholeLines = lines(report.whole());
            for (int line = 0; line < wholeLines.size(); line++) {
                List<Object> row = new ArrayList<>();
                row.add(name(wholeLines.get(line), locale));
                for (MonthlyReport month : report.months()) {
                    row.add(measure.of(line == 0 ? month.center().figures() : same(month, wholeLines.get(line))));
                }
                row.add(measure.of(wholeLines.get(line).figures()));
                rows.add(row);
            }
            sections.add(new Section(word(locale, measure.key() + ".sheet"), word(locale, measure.key()), heads,
                    rows));
        }
        return new ReportTable(word(locale, "monthly.quarter.file.title"), quarterName(report.quarter(), locale),
                sections, notes(locale), signers(locale));
    }

    /** "Quý IV/2026". */
    public String quarterName(ReportPeriod quarter, Locale locale) {
        int number = (quarter.first().getMonthValue() - 1) / 3 + 1;
        return word(locale, "monthly.period.quarter", List.of("I", "II", "III", "IV").get(number - 1),
                String.valueOf(quarter.first().getYear()));
    }

    /** The file name without extension: bao-cao-thang-2026-11. */
    public static String monthFileName(YearMonth month) {
        return "bao-cao-thang-" + month;
    }

    /** The file name without extension: bao-cao-quy-2026-Q4. */
    public static String quarterFileName(ReportPeriod quarter) {
        return "bao-cao-quy-" + MonthlyReports.quarterCode(quarter);
    }

    /** The measures of the families kept, in their order. */
    public static List<MonthlyMeasure> measures(Predicate<Family> kept) {
        return Arrays.stream(MonthlyMeasure.values()).filter(measure -> kept.test(measure.family())).toList();
    }

    /** The center's line (or the head's unit) first, then every unit's; the center's alone once when a unit reads. */
    private static List<MonthlyReport.Line> lines(MonthlyReport report) {
        List<MonthlyReport.Line> lines = new ArrayList<>();
        lines.add(report.center());
        if (!(report.units().size() == 1 && report.units().get(0).equals(report.center()))) {
            lines.addAll(report.units());
        }
        return lines;
    }

    /** The month's figures of the unit on the quarter's line (none when the month did not have that line). */
    private static MonthlyReport.Figures same(MonthlyReport month, MonthlyReport.Line line) {
        return month.units().stream().filter(each -> each.unitId().equals(line.unitId())
                && each.name().equals(line.name())).findFirst().map(MonthlyReport.Line::figures)
                .orElse(MonthlyReport.Figures.none());
    }

    private Section wide(String name, List<MonthlyMeasure> measures, List<MonthlyReport.Line> lines, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(word(locale, "monthly.unit"), Kind.TEXT));
        measures.forEach(measure -> columns.add(new Column(word(locale, measure.key()), measure.kind())));
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyReport.Line line : lines) {
            List<Object> row = new ArrayList<>();
            row.add(name(line, locale));
            measures.forEach(measure -> row.add(measure.of(line.figures())));
            rows.add(row);
        }
        return new Section(word(locale, "monthly.file." + name + ".sheet"), word(locale, "monthly.file." + name),
                columns, rows);
    }

    /** Seed 002's classification: which units had dossiers overdue at reception, at handling, returned several times. */
    private Section classes(MonthlyReport report, Locale locale) {
        List<Column> columns = List.of(new Column(word(locale, "monthly.class"), Kind.TEXT),
                new Column(word(locale, "monthly.unit"), Kind.TEXT),
                new Column(word(locale, "monthly.class.dossiers"), Kind.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        addClass(rows, report, "monthly.class.reception", MonthlyMeasure.OVERDUE_AT_RECEPTION, locale);
        addClass(rows, report, "monthly.class.handling", MonthlyMeasure.OVERDUE_AT_HANDLING, locale);
        addClass(rows, report, "monthly.class.returned", MonthlyMeasure.RETURNED_SEVERAL_TIMES, locale);
        return new Section(word(locale, "monthly.file.classes.sheet"), word(locale, "monthly.file.classes"), columns,
                rows);
    }

    private void addClass(List<List<Object>> rows, MonthlyReport report, String key, MonthlyMeasure measure,
            Locale locale) {
        int before = rows.size();
        for (MonthlyReport.Line line : report.units()) {
            long count = (Long) measure.of(line.figures());
            if (count > 0) {
                rows.add(List.of(word(locale, key), name(line, locale), count));
            }
        }
        if (rows.size() == before) {
            rows.add(List.of(word(locale, key), word(locale, "monthly.class.no-unit"), 0L));
        }
    }

    private String name(MonthlyReport.Line line, Locale locale) {
        return line.name().isEmpty() ? word(locale, "monthly.no-unit") : line.name();
    }

    private List<String> notes(Locale locale) {
        return List.of(word(locale, "monthly.file.note.source"), word(locale, "monthly.file.note.units"));
    }

    private List<String> signers(Locale locale) {
        return List.of(word(locale, "monthly.file.signer.preparer"), word(locale, "monthly.file.signer.leader"));
    }

    private String word(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
