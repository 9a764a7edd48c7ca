package vn.motcua.screens.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.motcua.report.QueueFigures.LongWait;
import vn.motcua.report.QueueFigures.QueueNow;
import vn.motcua.report.QueueFigures.ServiceQueue;

/** The board's queue page: per service, who waits, the longest wait, and each ticket waiting past the target. */
final class QueuePage extends Div {

    /** Beyond this many late tickets in a row, the rest is a count: the row stays one line on the TV. */
    private static final int LATE_SHOWN = 6;

    QueuePage(QueueNow queue) {
        addClassNames("board-page", "board-queue");
        long target = queue.targetWait().toMinutes();
        NativeTable table = new NativeTable();
        table.addClassName("board-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("board.queue.service"));
        header(head, getTranslation("board.queue.waiting"), "number");
        header(head, getTranslation("board.queue.priority"), "number");
        header(head, getTranslation("board.queue.longest"), "number");
        header(head, getTranslation("board.queue.over-target", target), "late");

        for (ServiceQueue service : queue.services()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("board-service");
            row.getElement().setAttribute("data-letter", service.letter());
            if (!service.overTarget().isEmpty()) {
                row.addClassName("over-target");
            } else if (service.waiting() == 0) {
                row.addClassName("nobody");
            }
            Span letter = new Span(service.letter());
            letter.addClassName("board-letter");
            Span name = new Span(service.name());
            name.addClassName("board-service-name");
            Div named = new Div(letter, name);
            named.addClassName("board-named");
            if (service.stranded()) {
                row.addClassName("stranded");
                Span stranded = new Span(getTranslation("board.queue.no-counter"));
                stranded.addClassName("board-stranded");
                name.add(stranded);
            }
            row.addDataCell().add(named);
            cell(row, String.valueOf(service.waiting()), "number", "waiting");
            cell(row, String.valueOf(service.priorityWaiting()), "number", "priority");
            cell(row, BoardText.duration(this, service.longestWait()), "number", "longest");
            row.addDataCell().add(late(service.overTarget()));
        }

        NativeTableRow total = table.getFoot().addRow();
        total.addClassName("total");
        total.addDataCell().setText(getTranslation("board.queue.total"));
        cell(total, String.valueOf(queue.waiting()), "number", "waiting");
        cell(total, String.valueOf(queue.services().stream().mapToLong(ServiceQueue::priorityWaiting).sum()),
                "number", "priority");
        cell(total, BoardText.duration(this, queue.services().stream().map(ServiceQueue::longestWait)
                .filter(Objects::nonNull).max(Duration::compareTo).orElse(null)), "number", "longest");
        cell(total, String.valueOf(queue.overTarget()), "late-count");
        add(table);
    }

    private Component late(List<LongWait> late) {
        Div chips = new Div();
        chips.addClassName("board-late-list");
        if (late.isEmpty()) {
            chips.add(new Span(BoardText.NOTHING));
        }
        late.stream().limit(LATE_SHOWN).forEach(ticket -> {
            String waited = BoardText.duration(this, ticket.waited());
            Span chip = new Span(ticket.priority() ? getTranslation("board.queue.late-priority", ticket.number(), waited)
                    : getTranslation("board.queue.late", ticket.number(), waited));
            chip.addClassName("board-late");
            if (ticket.priority()) {
                chip.addClassName("priority");
            }
            chips.add(chip);
        });
        if (late.size() > LATE_SHOWN) {
            Span more = new Span(getTranslation("board.queue.more", late.size() - LATE_SHOWN));
            more.addClassName("board-late-more");
            chips.add(more);
        }
        return chips;
    }

    private static void header(NativeTableRow row, String text, String className) {
        var cell = row.addHeaderCell();
        cell.setText(text);
        cell.addClassName(className);
    }

    private static void cell(NativeTableRow row, String text, String... classNames) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassNames(classNames);
    }
}
