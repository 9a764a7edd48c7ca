package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.counter.ConsolePort.CounterStatus;
import vn.motcua.counter.ConsolePort.WaitingTicket;

/** Who waits for the console's counter, in the order call-next takes them, each with why they go ahead if they do. */
final class WaitingList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    /** Rows of the waiting list drawn at most; the heading still counts everyone. */
    private static final int WAITING_ROWS = 40;

    private H2 heading;
    private Span nobody;
    private Div rows;
    private Span more;
    private Map<WaitingTicket, Row> drawn = new HashMap<>();

    WaitingList() {
        addClassName("console-waiting");
    }

    /** Nothing while no counter is chosen. */
    void clear() {
        removeAll();
        heading = null;
        drawn = new HashMap<>();
    }

    void show(CounterStatus status) {
        if (heading == null) {
            removeAll();
            heading = new H2();
            nobody = new Span(getTranslation("console.waiting.nobody"));
            nobody.addClassName("console-waiting-empty");
            rows = new Div();
            rows.addClassName("console-waiting-rows");
            more = new Span();
            more.addClassName("console-waiting-more");
            add(heading, rows);
        }
        List<WaitingTicket> waiting = status.waiting();
        heading.setText(getTranslation("console.waiting", waiting.size()));
        if (waiting.isEmpty() && nobody.getParent().isEmpty()) {
            addComponentAtIndex(1, nobody);
        } else if (!waiting.isEmpty()) {
            remove(nobody);
        }
        List<WaitingTicket> shown = waiting.subList(0, Math.min(WAITING_ROWS, waiting.size()));
        // Rows are kept by ticket: after a call only the called row goes and the places below it are renumbered, so
        // twenty consoles redrawing on every call send a few texts, not forty rows each.
        Map<WaitingTicket, Row> kept = new HashMap<>();
        for (WaitingTicket ticket : shown) {
            Row row = drawn.remove(ticket);
            if (row != null) {
                kept.put(ticket, row);
            }
        }
        drawn.values().forEach(row -> rows.remove(row.line()));
        drawn = kept;
        rows.remove(more);
        for (int i = 0; i < shown.size(); i++) {
            WaitingTicket ticket = shown.get(i);
            Row row = drawn.computeIfAbsent(ticket, this::row);
            if (rows.getComponentCount() <= i || rows.getComponentAt(i) != row.line()) {
                rows.addComponentAtIndex(i, row.line());
            }
            row.place().setText(String.valueOf(i + 1));
            row.waited().setText(waited(ticket, status.readAt()));
        }
        if (waiting.size() > WAITING_ROWS) {
            more.setText(getTranslation("console.waiting.more", waiting.size() - WAITING_ROWS));
            rows.add(more);
        }
    }

    /** A drawn row and the two texts that change while it waits. */
    private record Row(Div line, Span place, Span waited) {
    }

    private Row row(WaitingTicket ticket) {
        Span place = new Span();
        place.addClassName("console-waiting-place");
        Span number = new Span(ticket.number());
        number.addClassName("console-waiting-number");
        Span serviceName = new Span(ticket.serviceName());
        serviceName.addClassName("console-waiting-service");
        serviceName.getElement().setAttribute("title", ticket.serviceName());
        Div marks = new Div();
        marks.addClassName("console-waiting-marks");
        Div row = new Div(place, number, serviceName, marks);
        row.addClassName("console-waiting-row");
        ticket.carriedFrom().ifPresent(day -> {
            row.addClassName("carried-over");
            marks.add(ConsoleMarks.mark(getTranslation("console.carried-over", DAY.format(day)), "carried-mark"));
        });
        if (ticket.putInFront()) {
            row.addClassName("put-in-front");
            marks.add(ConsoleMarks.mark(getTranslation("console.put-in-front"), "front-mark"));
        }
        ticket.priority().ifPresent(category -> {
            row.addClassName("priority");
            marks.add(ConsoleMarks.mark(getTranslation("console.priority.category",
                    getTranslation("console.priority." + category)), "priority-mark"));
        });
        Span waited = new Span();
        waited.addClassName("console-waiting-since");
        marks.add(waited);
        return new Row(row, place, waited);
    }

    private String waited(WaitingTicket ticket, Instant now) {
        long minutes = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
        // A carried-over visitor has waited since an earlier day: the minutes would mean nothing, the mark says the day.
        return ticket.carriedFrom().isPresent()
                ? getTranslation("console.waiting.taken", ConsoleMarks.TIME.format(ticket.issuedAt()))
                : getTranslation("console.waiting.since", ConsoleMarks.TIME.format(ticket.issuedAt()), minutes);
    }
}
