package vn.motcua.screens.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.motcua.report.CounterFigures.CounterNow;

/**
 * The board's counters page: open or closed, who sits there, what each deals with and for how long, and for how
 * long an open counter has served nobody, next to how many wait for its services.
 */
final class CountersPage extends Div {

    CountersPage(List<CounterNow> counters) {
        addClassNames("board-page", "board-counters");
        NativeTable table = new NativeTable();
        table.addClassName("board-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("board.counters.counter"));
        head.addHeaderCell().setText(getTranslation("board.counters.officer"));
        head.addHeaderCell().setText(getTranslation("board.counters.now"));
        head.addHeaderCell().setText(getTranslation("board.counters.for"));
        var finished = head.addHeaderCell();
        finished.setText(getTranslation("board.counters.finished"));
        finished.addClassName("number");

        for (CounterNow counter : counters) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("board-counter");
            row.getElement().setAttribute("data-counter", String.valueOf(counter.number()));
            cell(row, counter.name(), "counter-name");
            if (!counter.open()) {
                row.addClassName("closed");
                cell(row, getTranslation("board.counter.closed"), "officer");
                cell(row, BoardText.NOTHING, "state");
                cell(row, BoardText.NOTHING, "duration");
            } else if (!counter.idle()) {
                row.addClassName(counter.current().serving() ? "serving" : "called");
                cell(row, counter.officerName(), "officer");
                cell(row, getTranslation(counter.current().serving() ? "board.counter.serving" : "board.counter.called",
                        counter.current().number()), "state");
                cell(row, BoardText.duration(this, counter.current().since()), "duration");
            } else {
                row.addClassName("idle");
                cell(row, counter.officerName(), "officer");
                NativeTableCell state = cell(row, getTranslation("board.counter.idle"), "state");
                if (counter.waitingForIt() > 0) {
                    row.addClassName("people-waiting");
                    Span waiting = new Span(getTranslation("board.counter.waiting-for-it", counter.waitingForIt()));
                    waiting.addClassName("board-note");
                    state.add(waiting);
                }
                cell(row, counter.idleFor() == null ? getTranslation("board.counter.nothing-yet")
                        : getTranslation("board.counter.idle-for", BoardText.duration(this, counter.idleFor())),
                        "duration");
            }
            cell(row, String.valueOf(counter.finishedToday()), "number", "finished");
        }
        add(table);
    }

    private static NativeTableCell cell(NativeTableRow row, String text, String... classNames) {
        NativeTableCell cell = row.addDataCell();
        cell.add(new Span(text));
        cell.addClassNames(classNames);
        return cell;
    }
}
