package vn.motcua.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.OverdueList;
import vn.motcua.dossier.OverdueWeeks;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;

/**
 * The weekly count of overdue dossiers per unit (seed 002) for the weeks of a month, as one report table: a line per
 * unit (a manager's ends with the dossiers no unit answers for), a column per ISO week, and the total.
 */
@Service
public class OverdueWeeklyTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final OverdueList list;
    private final Translations translations;

    OverdueWeeklyTable(OverdueList list, Translations translations) {
        this.list = list;
        this.translations = translations;
    }

    /** The weeks of {@code month} in {@code locale} (the files are Vietnamese). */
    public ReportTable of(DossierScope scope, YearMonth month, Locale locale) {
        OverdueWeeks weeks = list.weeksOf(scope, month);
        List<Column> columns = new ArrayList<>(List.of(new Column(word(locale, "weekly.file.unit"), Kind.TEXT)));
        for (OverdueWeeks.Week week : weeks.weeks()) {
            columns.add(new Column(word(locale, "weekly.file.week", week.number(), DAY.format(week.monday()),
                    DAY.format(week.sunday())), Kind.COUNT));
        }
        columns.add(new Column(word(locale, "weekly.file.total"), Kind.COUNT));
        List<List<Object>> lines = new ArrayList<>();
        for (OverdueWeeks.UnitCounts unit : weeks.units()) {
            List<Object> line = new ArrayList<>(List.of(unit.isUnassigned() ? word(locale, "weekly.unassigned")
                    : unit.unitName()));
            unit.counts().forEach(count -> line.add((long) count));
            line.add((long) unit.total());
            lines.add(line);
        }
        return new ReportTable(word(locale, "weekly.file.title"),
                word(locale, "weekly.file.month", month.getMonthValue(), String.valueOf(month.getYear())),
                List.of(new Section(word(locale, "weekly.file.sheet"), word(locale, "weekly.file.heading"), columns, lines)),
                List.of(word(locale, "weekly.file.note")),
                List.of(word(locale, "daily.file.signer.preparer"), word(locale, "daily.file.signer.leader")));
    }

    public static String fileName(YearMonth month) {
        return "qua-han-theo-tuan-" + month;
    }

    private String word(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
