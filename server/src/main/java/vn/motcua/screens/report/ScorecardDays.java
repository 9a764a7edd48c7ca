package vn.motcua.screens.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.motcua.report.Scorecards.Day;
import vn.motcua.report.Scorecards.Figures;

/** A month of an officer's scorecard day by day: how the officer's days compare. */
class ScorecardDays extends Div {

    ScorecardDays(List<Day> days) {
        add(new Span(getTranslation("scorecard.days")));
        addClassName("scorecard-days");
        if (days.isEmpty()) {
            Span none = new Span(getTranslation("scorecard.days.none"));
            none.addClassName("board-note");
            add(new Div(none));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("board-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("scorecard.day"));
        for (String key : List.of("scorecard.column.served", "scorecard.column.wait", "scorecard.column.service",
                "scorecard.column.no-shows", "scorecard.column.transfers", "scorecard.column.satisfaction")) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.addClassName("number");
        }
        for (Day day : days) {
            Figures figures = day.figures();
            NativeTableRow row = table.getBody().addRow();
            row.addClassNames("scorecard-day-row", BoardText.standingClass(figures.satisfaction()));
            row.addDataCell().setText(ScorecardView.DAY.format(day.day()));
            number(row, String.valueOf(figures.ticketsServed()));
            number(row, BoardText.duration(this, figures.averageWait()));
            number(row, BoardText.duration(this, figures.averageServiceTime()));
            number(row, String.valueOf(figures.noShows()));
            number(row, String.valueOf(figures.transfers()));
            number(row, figures.satisfaction().total() == 0 ? BoardText.NOTHING
                    : getTranslation("scorecard.share-of", BoardText.percent(this, figures.satisfaction().percent()),
                            figures.satisfaction().total())).addClassName("share");
        }
        add(table);
    }

    private static NativeTableCell number(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassName("number");
        return cell;
    }
}
