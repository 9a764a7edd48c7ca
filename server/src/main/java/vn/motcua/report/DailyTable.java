package vn.motcua.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.center.CenterTime;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;
import vn.motcua.rating.RatingLevel;

/**
 * The daily report as one report table for the three files: the center's day, every counter's and every officer's
 * (a head of unit's file lists their unit's officers only); or a month's days one line each. Waits and service times
 * in minutes, as numbers.
 */
@Service
public class DailyTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DailyFigures figures;
    private final Translations translations;
    private final CenterTime time;

    DailyTable(DailyFigures figures, Translations translations, CenterTime time) {
        this.figures = figures;
        this.translations = translations;
        this.time = time;
    }

    /** A day's report in {@code locale} (the files are Vietnamese); {@code unitId} keeps the officers of one unit. */
    public ReportTable day(LocalDate day, Optional<Long> unitId, Locale locale) {
        DailyFigures.Day figures = this.figures.of(day);
        List<Column> center = new ArrayList<>(List.of(count(locale, "daily.file.issued"), count(locale, "daily.file.served"),
                count(locale, "daily.file.absent"), count(locale, "daily.file.carried")));
        center.addAll(figureColumns(false, locale));
        List<Object> centerLine = new ArrayList<>(List.of(figures.center().issued(), figures.center().served(),
                figures.center().absent(), figures.center().carriedOver()));
        centerLine.addAll(figureCells(figures.center(), false));
        List<Column> counterColumns = new ArrayList<>(List.of(new Column(word(locale, "daily.file.counter"), Kind.TEXT)));
        counterColumns.addAll(figureColumns(true, locale));
        List<List<Object>> counters = new ArrayList<>();
        for (DailyFigures.CounterDay counter : figures.counters()) {
            List<Object> line = new ArrayList<>(List.of(counter.name() == null || counter.name().isBlank()
                    ? word(locale, "daily.counter", counter.number()) : counter.name()));
            line.addAll(figureCells(counter.tally(), true));
            counters.add(line);
        }
        List<Column> officerColumns = new ArrayList<>(List.of(new Column(word(locale, "daily.file.code"), Kind.TEXT),
                new Column(word(locale, "daily.file.officer"), Kind.TEXT), new Column(word(locale, "daily.file.unit"), Kind.TEXT)));
        officerColumns.addAll(figureColumns(true, locale));
        List<List<Object>> officers = new ArrayList<>();
        for (DailyFigures.OfficerDay officer : figures.officers()) {
            if (unitId.isPresent() && !unitId.get().equals(officer.unitId())) {
                continue;
            }
            List<Object> line = new ArrayList<>(List.of(officer.code(), officer.fullName(), officer.unitName()));
            line.addAll(figureCells(officer.tally(), true));
            officers.add(line);
        }
        List<Section> sections = List.of(
                new Section(word(locale, "daily.file.center.sheet"), word(locale, "daily.file.center"), center, List.of(centerLine)),
                new Section(word(locale, "daily.file.counters.sheet"), word(locale, "daily.file.counters"), counterColumns, counters),
                new Section(word(locale, "daily.file.officers.sheet"), word(locale, "daily.file.officers"), officerColumns, officers));
        return new ReportTable(word(locale, "daily.file.title"), word(locale, "daily.file.day", DAY.format(day)), sections,
                List.of(word(locale, "daily.file.note.wait"), word(locale, "daily.file.note.satisfied")), signers(locale));
    }

    /** A month's days, one line each, up to today for the running month. */
    public ReportTable month(YearMonth month, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(new Column(word(locale, "daily.file.date"), Kind.DATE),
                count(locale, "daily.file.issued"), count(locale, "daily.file.served"), count(locale, "daily.file.absent"),
                count(locale, "daily.file.carried")));
        columns.addAll(figureColumns(false, locale));
        List<List<Object>> lines = new ArrayList<>();
        for (DailyFigures.MonthDay day : figures.month(month, time.today())) {
            List<Object> line = new ArrayList<>(List.of(day.day(), day.center().issued(), day.center().served(),
                    day.center().absent(), day.center().carriedOver()));
            line.addAll(figureCells(day.center(), false));
            lines.add(line);
        }
        return new ReportTable(word(locale, "daily.file.month-title"),
                word(locale, "daily.file.month", month.getMonthValue(), String.valueOf(month.getYear())),
                List.of(new Section(word(locale, "daily.file.days.sheet"), word(locale, "daily.file.days"), columns, lines)),
                List.of(word(locale, "daily.file.note.wait"), word(locale, "daily.file.note.satisfied")), signers(locale));
    }

    public static String dayFileName(LocalDate day) {
        return "bao-cao-ngay-" + day;
    }

    public static String monthFileName(YearMonth month) {
        return "bao-cao-ngay-" + month;
    }

    /** Waits, service time, ratings by level and the satisfied share; a counter's and an officer's also served/absent. */
    private List<Column> figureColumns(boolean withCounts, Locale locale) {
        List<Column> columns = new ArrayList<>();
        if (withCounts) {
            columns.addAll(List.of(count(locale, "daily.file.served"), count(locale, "daily.file.absent")));
        }
        columns.addAll(List.of(new Column(word(locale, "daily.file.wait"), Kind.DECIMAL),
                new Column(word(locale, "daily.file.longest"), Kind.DECIMAL),
                new Column(word(locale, "daily.file.service"), Kind.DECIMAL)));
        for (RatingLevel level : RatingLevel.values()) {
            columns.add(new Column(word(locale, "rating.level." + level.name().toLowerCase(Locale.ROOT)), Kind.COUNT));
        }
        columns.add(new Column(word(locale, "daily.file.satisfied"), Kind.PERCENT));
        return columns;
    }

    private List<Object> figureCells(DayTally tally, boolean withCounts) {
        List<Object> cells = new ArrayList<>();
        if (withCounts) {
            cells.addAll(List.of(tally.served(), tally.absent()));
        }
        cells.addAll(Arrays.asList(minutes(tally.averageWait()), minutes(tally.longestWait()),
                minutes(tally.averageService())));
        for (RatingLevel level : RatingLevel.values()) {
            cells.add(tally.rated(level));
        }
        cells.add(tally.satisfaction().total() == 0 ? null : tally.satisfaction().percent().doubleValue());
        return cells;
    }

    private static Double minutes(Optional<Duration> duration) {
        return duration.map(each -> Math.round(each.toMillis() / 6000.0) / 10.0).orElse(null);
    }

    private Column count(Locale locale, String key) {
        return new Column(word(locale, key), Kind.COUNT);
    }

    private List<String> signers(Locale locale) {
        return List.of(word(locale, "daily.file.signer.preparer"), word(locale, "daily.file.signer.leader"));
    }

    private String word(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
