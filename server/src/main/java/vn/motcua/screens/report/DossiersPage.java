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
 */
final class DossiersPage extends Div {

    DossiersPage(DossierAlertCounts counts) {
        addClassNames("board-page", "board-dossiers");
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
