package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.counter.ConsolePort.CounterStatus;

/** The console's ticket at the counter, with how long since it was called or since serving started; else why none. */
final class CurrentTicketPanel extends Div {

    CurrentTicketPanel() {
        addClassName("console-current");
    }

    /** No ticket: a line saying what to do. */
    void showNone(String text) {
        clear();
        Span idle = new Span(text);
        idle.addClassName("console-idle");
        add(idle);
    }

    void show(CalledTicket ticket, CounterStatus status) {
        clear();
        addClassName(ticket.serving() ? "serving" : "called");
        Span state = new Span(getTranslation(ticket.serving() ? "console.serving" : "console.called"));
        state.addClassName("console-state");
        Span number = new Span(ticket.number());
        number.addClassName("console-number");
        Span serviceName = new Span(ticket.serviceName());
        serviceName.addClassName("console-service-name");
        Div facts = new Div(serviceName);
        facts.addClassName("console-facts");
        if (ticket.priority()) {
            facts.add(ConsoleMarks.mark(getTranslation("console.priority"), "priority-mark"));
        }
        Span calledAt = new Span(getTranslation("console.called-at", ConsoleMarks.TIME.format(ticket.calledAt())));
        if (ticket.recalls() > 0) {
            calledAt.setText(calledAt.getText() + " · " + getTranslation("console.recalls", ticket.recalls()));
        }
        calledAt.addClassName("console-called-at");
        facts.add(calledAt);
        Div ticketBox = new Div(state, number, facts);
        ticketBox.addClassName("console-ticket");

        Instant since = ticket.serving() ? status.servingSince().orElse(ticket.calledAt()) : ticket.calledAt();
        Span timerLabel = new Span(getTranslation(ticket.serving() ? "console.timer.serving" : "console.timer.called"));
        timerLabel.addClassName("console-timer-label");
        RunningTimer timer = new RunningTimer(Duration.between(since, status.readAt()));
        timer.addClassName("console-timer");
        Div clock = new Div(timerLabel, timer);
        clock.addClassName("console-clock");
        add(ticketBox, clock);
    }

    private void clear() {
        removeAll();
        removeClassNames("called", "serving");
    }
}
