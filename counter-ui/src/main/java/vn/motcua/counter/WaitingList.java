package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.counter.ConsolePort.CounterStatus;
import vn.motcua.counter.ConsolePort.WaitingTicket;

/** Who waits for the console's counter, in the order call-next takes them, each with why they go ahead if they do. */
final class WaitingList extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    /** Rows of the waiting list drawn at most; the heading still counts everyone. */
    private static final int WAITING_ROWS = 40;

    WaitingList() {
        addClassName("console-waiting");
    }

    /** Nothing while no counter is chosen. */
    void clear() {
        removeAll();
    }

    void show(CounterStatus status) {
        removeAll();
        add(new H2(getTranslation("console.waiting", status.waiting().size())));
        if (status.waiting().isEmpty()) {
            Span nobody = new Span(getTranslation("console.waiting.nobody"));
            nobody.addClassName("console-waiting-empty");
            add(nobody);
        }
        Div rows = new Div();
        rows.addClassName("console-waiting-rows");
        int position = 0;
        for (WaitingTicket ticket : status.waiting()) {
            if (++position > WAITING_ROWS) {
                Span more = new Span(getTranslation("console.waiting.more", status.waiting().size() - WAITING_ROWS));
                more.addClassName("console-waiting-more");
                rows.add(more);
                break;
            }
            rows.add(row(position, ticket, status.readAt()));
        }
        add(rows);
    }

    private Div row(int position, WaitingTicket ticket, Instant now) {
        Span place = new Span(String.valueOf(position));
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
        long minutes = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
        // A carried-over visitor has waited since an earlier day: the minutes would mean nothing, the mark says the day.
        Span waited = new Span(ticket.carriedFrom().isPresent()
                ? getTranslation("console.waiting.taken", ConsoleMarks.TIME.format(ticket.issuedAt()))
                : getTranslation("console.waiting.since", ConsoleMarks.TIME.format(ticket.issuedAt()), minutes));
        waited.addClassName("console-waiting-since");
        marks.add(waited);
        return row;
    }
}
