package vn.motcua.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;

/**
 * The rankings of a month or quarter as one report table for the three files: per criterion the units, then per
 * criterion the officers, each line with its rank (empty when not ranked), value, what it rests on and its movement.
 */
@Service
public class RankingsTable {

    private final Rankings rankings;
    private final Translations translations;

    RankingsTable(Rankings rankings, Translations translations) {
        this.rankings = rankings;
        this.translations = translations;
    }

    /** The report of {@code period}. */
    public ReportTable of(ReportPeriod period) {
        RankingBoard board = rankings.of(period);
        List<Section> sections = new ArrayList<>();
        for (RankingCriterion criterion : RankingCriterion.values()) {
            sections.add(section("units", criterion, board.units().get(criterion), false));
        }
        for (RankingCriterion criterion : RankingCriterion.values()) {
            sections.add(section("officers", criterion, board.officers().get(criterion), true));
        }
        return new ReportTable(word("rankings.file.title"), period(period), sections,
                List.of(word("rankings.file.note.minimum", Rankings.MINIMUM),
                        word("rankings.file.note.previous", period(board.previous()))),
                List.of(word("rankings.file.signer.preparer"), word("rankings.file.signer.leader")));
    }

    /** The file name without the extension: xep-hang-2026-11, xep-hang-2026-Q4. */
    public static String fileName(ReportPeriod period) {
        return "xep-hang-" + RankingPeriods.name(period);
    }

    /** The period in words: "Tháng 11/2026", "Quý 4/2026". */
    public String period(ReportPeriod period) {
        return period.wholeMonth()
                ? word("rankings.period.month", period.month().getMonthValue(),
                        String.valueOf(period.first().getYear()))
                : word("rankings.period.quarter", (period.first().getMonthValue() - 1) / 3 + 1,
                        String.valueOf(period.first().getYear()));
    }

    /** The movement of a line in words (or why it is not ranked). */
    public String movement(Ranked line, RankingCriterion criterion) {
        if (!line.ranked()) {
            return word("rankings.not-ranked." + criterion.name(), Rankings.MINIMUM);
        }
        return word("rankings.movement." + line.movement().name(), Math.abs(line.places()));
    }

    private Section section(String who, RankingCriterion criterion, List<Ranked> lines, boolean officers) {
        List<Column> columns = new ArrayList<>(List.of(new Column(word("rankings.rank"), Kind.COUNT),
                new Column(word(officers ? "rankings.officer" : "rankings.unit"), Kind.TEXT)));
        if (officers) {
            columns.add(new Column(word("rankings.unit"), Kind.TEXT));
        }
        columns.add(new Column(word("rankings.value." + criterion.name()),
                criterion == RankingCriterion.SCORE766 ? Kind.DECIMAL : Kind.PERCENT));
        columns.add(new Column(word("rankings.counted." + criterion.name()), Kind.COUNT));
        columns.add(new Column(word("rankings.movement"), Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (Ranked line : lines) {
            List<Object> row = new ArrayList<>(Arrays.asList(line.rank().orElse(null), line.name()));
            if (officers) {
                row.add(line.unitName());
            }
            row.addAll(Arrays.asList(line.value().orElse(null), line.counted(), movement(line, criterion)));
            rows.add(row);
        }
        return new Section(word("rankings.sheet." + who + "." + criterion.name()),
                word("rankings." + who) + " – " + word("rankings.criterion." + criterion.name()), columns, rows);
    }

    private String word(String key, Object... args) {
        return translations.getTranslation(key, Translations.VIETNAMESE, args);
    }
}
