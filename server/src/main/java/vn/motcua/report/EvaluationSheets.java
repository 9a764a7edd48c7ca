package vn.motcua.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;
import vn.motcua.rating.RatingLevel;

/**
 * The monthly evaluation as a report to sign (XLSX, CSV, PDF through {@code forms.ReportFiles}): one row per officer
 * with the figures, the rule's grade, the proposal and the decision; the ratings by level; the units' lines.
 */
@Component
public class EvaluationSheets {

    private final Translations translations;

    EvaluationSheets(Translations translations) {
        this.translations = translations;
    }

    /** The report of the month as the reader sees it; {@code oneUnit} names the head of unit as its signer. */
    public ReportTable of(Evaluation.Month month, boolean oneUnit) {
        List<List<Object>> officers = new ArrayList<>();
        List<List<Object>> ratings = new ArrayList<>();
        for (Evaluation each : month.officers()) {
            OfficerMonth officer = each.officer();
            OfficerMonth.Figures figures = officer.figures();
            List<Object> row = new ArrayList<>(List.of(officer.code(), officer.fullName(), officer.unitName()));
            row.addAll(figureCells(figures));
            row.add(each.own().map(this::grade).orElse(words("evaluation.ungraded")));
            row.add(each.unitGrade().map(this::grade).orElse(null));
            row.add(each.ruleGrade().map(this::grade).orElse(null));
            row.add(each.proposal().map(step -> grade(step.grade())).orElse(null));
            row.add(each.proposal().map(Evaluation.Step::reason).orElse(null));
            row.add(each.decision().map(step -> grade(step.grade())).orElse(null));
            row.add(each.decision().map(Evaluation.Step::reason).orElse(null));
            officers.add(row);
            List<Object> rated = new ArrayList<>(List.of(officer.code(), officer.fullName()));
            for (RatingLevel level : RatingLevel.values()) {
                rated.add(figures.ratings().get(level));
            }
            rated.add(figures.satisfiedPercent().orElse(null));
            ratings.add(rated);
        }
        List<List<Object>> units = new ArrayList<>();
        for (Evaluation.UnitLine line : month.units()) {
            List<Object> row = new ArrayList<>(List.of(line.unitName()));
            row.addAll(figureCells(line.figures()));
            row.add(grade(line.grade()));
            units.add(row);
        }
        List<Column> officerColumns = new ArrayList<>(List.of(text("evaluation.col.code"),
                text("evaluation.col.name"), text("evaluation.col.unit")));
        officerColumns.addAll(figureColumns());
        officerColumns.addAll(List.of(text("evaluation.col.own"), text("evaluation.col.unit-grade"),
                text("evaluation.col.rule"), text("evaluation.col.proposed"), text("evaluation.col.proposal-reason"),
                text("evaluation.col.decided"), text("evaluation.col.decision-reason")));
        List<Column> ratingColumns = new ArrayList<>(List.of(text("evaluation.col.code"), text("evaluation.col.name")));
        for (RatingLevel level : RatingLevel.values()) {
            ratingColumns.add(new Column(words("rating.level." + level.name().toLowerCase(java.util.Locale.ROOT)), Kind.COUNT));
        }
        ratingColumns.add(new Column(words("evaluation.col.satisfied"), Kind.PERCENT));
        List<Column> unitColumns = new ArrayList<>(List.of(text("evaluation.col.unit")));
        unitColumns.addAll(figureColumns());
        unitColumns.add(text("evaluation.col.unit-grade"));
        String monthWords = words("evaluation.report.month", month.period().month().getMonthValue(),
                String.valueOf(month.period().month().getYear()));
        return new ReportTable(words("evaluation.report.title"), monthWords, List.of(
                new Section(words("evaluation.report.sheet.officers"), words("evaluation.report.officers"),
                        officerColumns, officers),
                new Section(words("evaluation.report.sheet.ratings"), words("evaluation.report.ratings"),
                        ratingColumns, ratings),
                new Section(words("evaluation.report.sheet.units"), words("evaluation.report.units"), unitColumns,
                        units)),
                List.of(words("evaluation.report.note.rule"), words("evaluation.report.note.joint"),
                        words("evaluation.report.note.denunciations")),
                List.of(words("evaluation.report.signer.preparer"),
                        words(oneUnit ? "evaluation.report.signer.head" : "evaluation.report.signer.chair")));
    }

    private List<Column> figureColumns() {
        List<Column> columns = new ArrayList<>();
        for (String key : List.of("received", "handled", "on-time", "late", "late-own-fault", "supplement",
                "returned", "extension", "served")) {
            columns.add(new Column(words("evaluation.col." + key), Kind.COUNT));
        }
        columns.add(new Column(words("evaluation.col.wait"), Kind.DECIMAL));
        columns.add(new Column(words("evaluation.col.service"), Kind.DECIMAL));
        for (String key : List.of("absences", "rated")) {
            columns.add(new Column(words("evaluation.col." + key), Kind.COUNT));
        }
        columns.add(new Column(words("evaluation.col.satisfied"), Kind.PERCENT));
        columns.add(new Column(words("evaluation.col.on-time-rate"), Kind.PERCENT));
        for (String key : List.of("complaints", "denunciations")) {
            columns.add(new Column(words("evaluation.col." + key), Kind.COUNT));
        }
        return columns;
    }

    private static List<Object> figureCells(OfficerMonth.Figures figures) {
        List<Object> cells = new ArrayList<>(List.of(figures.received(), figures.handled(), figures.onTime(),
                figures.late(), figures.lateOwnFault(), figures.supplementViolations(), figures.returnedByFault(),
                figures.extensionsWithoutReason(), figures.ticketsServed()));
        cells.add(minutes(figures.averageWait()));
        cells.add(minutes(figures.averageService()));
        cells.add(figures.absences());
        cells.add(figures.rated());
        cells.add(figures.satisfiedPercent().orElse(null));
        cells.add(figures.onTimePercent().orElse(null));
        cells.add(figures.complaints());
        cells.add(figures.denunciations());
        return cells;
    }

    /** Minutes with a decimal, as a spreadsheet adds them up. */
    private static Double minutes(Optional<Duration> duration) {
        return duration.map(each -> Math.round(each.toMillis() / 6000.0) / 10.0).orElse(null);
    }

    private String grade(Grade grade) {
        return words(grade.key());
    }

    private Column text(String key) {
        return new Column(words(key), Kind.TEXT);
    }

    private String words(String key, Object... params) {
        // Paper to sign is in the national language, whatever the screen shows.
        return translations.getTranslation(key, Translations.VIETNAMESE, params);
    }
}
