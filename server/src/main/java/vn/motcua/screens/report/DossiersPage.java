package vn.motcua.screens.report;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import vn.motcua.screens.report.DossierAlertCounts.UnitCounts;

/**
 * The board's dossiers page: per unit, how many dossiers are late, late at a step, and due soon, in figures large
 * enough to read across the hall, with the word beside the colour; and the late dossiers no unit here answers for.
 * Above them, the month's on-time rate of feedback and how many feedback are open and overdue.
 */
final class DossiersPage extends Div {

    DossiersPage(DossierAlertCounts counts, FeedbackBoardFigures feedback) {
        addClassNames("board-page", "board-dossiers");
        add(feedbackLine(feedback));
        NativeTable table = new NativeTable();
        table.addClassName("board-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("board.dossiers.unit"));
        header(head, getTranslation("board.dossiers.late"));
        header(head, getTranslation("board.dossiers.step-late"));
        header(head, getTranslation("board.dossiers.due-soon"));
        for (UnitCounts unit : counts.units()) {
            row(table, unit, unit.unitName()).getElement().setAttribute("data-unit", String.valueOf(unit.unitId()));
        }
        if (counts.unassigned().any()) {
            row(table, counts.unassigned(), getTranslation("board.dossiers.unassigned")).addClassName("unassigned");
        }
        add(table);
    }

    /**
     * "Phản ánh, kiến nghị tháng này: 95% trả lời đúng hạn (19/20) · 3 đang xử lý · 1 quá hạn": the rate in words,
     * so a board read from across the hall says what the figure means.
     */
    private Div feedbackLine(FeedbackBoardFigures feedback) {
        Integer percent = feedback.month().percent();
        Span rate = new Span(percent == null ? getTranslation("board.feedback.rate-none")
                : getTranslation("board.feedback.rate", percent, feedback.month().onTime(), feedback.month().due()));
        rate.setId("board-feedback-rate");
        Span open = new Span(getTranslation("board.feedback.open", feedback.now().open()));
        open.setId("board-feedback-open");
        Span overdue = new Span(getTranslation("board.feedback.overdue", feedback.now().overdue()));
        overdue.setId("board-feedback-overdue");
        if (feedback.now().overdue() > 0) {
            overdue.addClassName("late");
        }
        Div line = new Div(new Span(getTranslation("board.feedback.title")), rate, open, overdue);
        line.addClassName("board-feedback");
        return line;
    }

    private NativeTableRow row(NativeTable table, UnitCounts unit, String name) {
        NativeTableRow row = table.getBody().addRow();
        row.addClassName("board-dossier-unit");
        row.addClassName(unit.late() > 0 ? "late" : unit.stepLate() + unit.dueSoon() > 0 ? "due-soon" : "quiet");
        row.addDataCell().add(new Span(name));
        count(row, unit.late(), "late", "board.dossiers.late-word");
        count(row, unit.stepLate(), "step-late", "board.dossiers.step-late-word");
        count(row, unit.dueSoon(), "due-soon", "board.dossiers.due-soon-word");
        return row;
    }

    /** "3 trễ hạn": the figure and its word, so the meaning does not rest on the colour. */
    private void count(NativeTableRow row, long count, String className, String wordKey) {
        var cell = row.addDataCell();
        cell.addClassNames("number", className);
        Span figure = new Span(String.valueOf(count));
        figure.addClassName("board-dossier-count");
        cell.add(figure);
        if (count > 0) {
            Span word = new Span(getTranslation(wordKey));
            word.addClassName("board-dossier-word");
            // A space between figure and word, so a reader of the text hears "3 trễ hạn", not "3trễ hạn".
            cell.add(new Text(" "), word);
            cell.addClassName("some");
        }
    }

    private static void header(NativeTableRow head, String text) {
        var cell = head.addHeaderCell();
        cell.setText(text);
        cell.addClassName("number");
    }
}
