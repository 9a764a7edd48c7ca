package vn.motcua.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;
import vn.motcua.report.Index766.Code;
import vn.motcua.report.Index766.Indicator;

/**
 * The 766 index of a period as one report table for the three files: the rates and the points of the center (or the
 * unit) and of every unit, then per indicator the dossiers that cost points. No citizen's name, phone or ID number:
 * the files leave the building.
 */
@Service
public class Index766Table {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Index766Figures figures;
    private final Index766Drill drill;
    private final Translations translations;

    Index766Table(Index766Figures figures, Index766Drill drill, Translations translations) {
        this.figures = figures;
        this.drill = drill;
        this.translations = translations;
    }

    /** The report of the center, or of one unit when {@code unitId} is given. */
    public ReportTable of(ReportPeriod period, Optional<Long> unitId) {
        List<Index766> rows = new ArrayList<>();
        rows.add(unitId.map(id -> figures.unit(period, id)).orElseGet(() -> figures.center(period)));
        if (unitId.isEmpty()) {
            rows.addAll(figures.units(period));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(rates(rows));
        sections.add(points(rows));
        for (Code code : Code.values()) {
            sections.add(dossiers(drill.dossiers(period, code, unitId)));
        }
        List<String> notes = new ArrayList<>();
        notes.add(word("index766.file.note.estimate"));
        notes.add(word("index766.file.note.source"));
        return new ReportTable(word("index766.file.title"), period(period), sections, notes,
                List.of(word("index766.file.signer.preparer"), word("index766.file.signer.leader")));
    }

    /** The period in words: "Tháng 11/2026" or "Từ 01/11/2026 đến 15/11/2026". */
    public String period(ReportPeriod period) {
        return period.wholeMonth() ? word("index766.period.month", period.month().getMonthValue(),
                String.valueOf(period.month().getYear()))
                : word("index766.period.days", DAY.format(period.first()), DAY.format(period.last()));
    }

    /** The file name of a month's or a period's report, without the extension: chi-so-766-2026-11. */
    public static String fileName(ReportPeriod period) {
        return period.wholeMonth() ? "chi-so-766-" + YearMonth.from(period.first())
                : "chi-so-766-" + period.first() + "-" + period.last();
    }

    private Section rates(List<Index766> rows) {
        List<Column> columns = new ArrayList<>(List.of(new Column(word("index766.file.group"), Kind.TEXT),
                new Column(word("index766.file.handled"), Kind.COUNT),
                new Column(word("index766.file.late"), Kind.COUNT),
                new Column(word("index766.file.dissatisfied"), Kind.COUNT)));
        for (Code code : Code.values()) {
            columns.add(new Column(word("index766.code." + code.name()) + " (%)", Kind.PERCENT));
        }
        List<List<Object>> lines = new ArrayList<>();
        for (Index766 row : rows) {
            List<Object> line = new ArrayList<>(List.of(name(row), row.counts().handled(), row.counts().late(),
                    row.counts().dissatisfied()));
            for (Indicator each : row.indicators()) {
                line.add(each.percent().orElse(null));
            }
            lines.add(line);
        }
        return new Section(word("index766.file.rates.sheet"), word("index766.file.rates"), columns, lines);
    }

    private Section points(List<Index766> rows) {
        List<Column> columns = new ArrayList<>(List.of(new Column(word("index766.file.group"), Kind.TEXT)));
        for (Code code : Code.values()) {
            Indicator shape = rows.get(0).indicator(code);
            columns.add(new Column(word("index766.file.points-of", word("index766.code." + code.name()),
                    String.valueOf((int) shape.max())), Kind.DECIMAL));
        }
        columns.add(new Column(word("index766.file.score"), Kind.DECIMAL));
        List<List<Object>> lines = new ArrayList<>();
        for (Index766 row : rows) {
            List<Object> line = new ArrayList<>(List.of(name(row)));
            for (Indicator each : row.indicators()) {
                line.add(each.percent().isPresent() ? each.points() : null);
            }
            line.add(row.score().orElse(null));
            lines.add(line);
        }
        return new Section(word("index766.file.points.sheet"), word("index766.file.points"), columns, lines);
    }

    private Section dossiers(Index766Drill.Drill drilled) {
        List<Column> columns = List.of(new Column(word("index766.drill.code"), Kind.TEXT),
                new Column(word("index766.drill.procedure"), Kind.TEXT),
                new Column(word("index766.drill.unit"), Kind.TEXT),
                new Column(word("index766.drill.received-by"), Kind.TEXT),
                new Column(word("index766.drill.received"), Kind.TIME),
                new Column(word("index766.drill.due"), Kind.TIME),
                new Column(word("index766.drill.ended"), Kind.TIME),
                new Column(word("index766.drill.why"), Kind.TEXT));
        List<List<Object>> lines = new ArrayList<>();
        for (Index766Drill.Line line : drilled.lines()) {
            lines.add(java.util.Arrays.asList(line.code(), line.procedureCode(), line.unitName(), line.receivedBy(),
                    line.received(), line.due(), line.ended().orElse(null), reasons(line.reasons())));
        }
        String code = drilled.indicator().name();
        String heading = word("index766.file.missed", word("index766.code." + code), drilled.total())
                + (drilled.total() > drilled.lines().size()
                        ? " " + word("index766.file.first-lines", drilled.lines().size()) : "");
        return new Section(word("index766.sheet." + code), heading, columns, lines);
    }

    /** The reasons in words, joined. */
    public String reasons(List<Index766Drill.Reason> reasons) {
        return String.join("; ", reasons.stream().map(each -> word("index766.reason." + each.name())).toList());
    }

    private String name(Index766 row) {
        return row.groupName().isEmpty() ? word("index766.file.no-unit") : row.groupName();
    }

    private String word(String key, Object... args) {
        return translations.getTranslation(key, Translations.VIETNAMESE, args);
    }
}
