package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.counter.CounterPort.CalledTicket;
import vn.motcua.counter.CounterPort.CounterInfo;
import vn.motcua.counter.CounterPort.CounterStatus;
import vn.motcua.counter.CounterPort.OfficerInfo;
import vn.motcua.counter.CounterPort.OfficerToday;
import vn.motcua.counter.CounterPort.ServiceOption;
import vn.motcua.counter.CounterPort.WaitingTicket;
import jakarta.annotation.security.RolesAllowed;

/**
 * The officer's console, open all day: the ticket at the counter with a running timer, one button and one function
 * key per operation, the officer's own figures of the day, and who waits for this counter, in calling order.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD"})
@Route("counter")
@StyleSheet("styles/counter.css")
public class CounterConsoleView extends Div implements HasDynamicTitle, HasUrlParameter<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    /** Rows of the waiting list drawn at most; the heading still counts everyone. */
    private static final int WAITING_ROWS = 40;
    /** The center's satisfaction targets (seeds 002 and 004): the officer's share is coloured against them. */
    private static final int TARGET = 90;
    private static final int HIGH_TARGET = 98;

    private final CounterPort port;
    private final Select<CounterInfo> counter = new Select<>();
    private final Select<OfficerInfo> officer = new Select<>();
    private final Button leave = new Button(getTranslation("console.leave"));
    private final Div current = new Div();
    private final Div today = new Div();
    private final Div waiting = new Div();
    private final Button callNext;
    private final Button finish;
    private final Button recall;
    private final Button start;
    private final Button noShow;
    private final Button hold;
    private final Button resume;
    private final Button transfer;
    private final Button walkIn;
    private final TextField holdComment = new TextField();
    private final Select<ServiceOption> service = new Select<>();
    private final Div held = new Div();

    public CounterConsoleView(CounterPort port) {
        this.port = port;
        addClassName("console");
        counter.setLabel(getTranslation("console.counter"));
        counter.setItems(port.counters());
        counter.setItemLabelGenerator(CounterInfo::name);
        officer.setLabel(getTranslation("console.officer"));
        officer.setItems(port.officers());
        officer.setItemLabelGenerator(o -> o.fullName() + " – " + o.unitName());
        counter.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                port.officers().stream().filter(o -> o.id() == officerIdOf(change.getValue())).findFirst()
                        .ifPresentOrElse(officer::setValue, officer::clear);
            }
            render();
        });
        officer.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && counter.getValue() != null) {
                port.openCounter(counter.getValue().number(), change.getValue().id());
            }
        });

        callNext = action("console.call-next", "console-call", Key.F2, this::callNext);
        callNext.setDisableOnClick(true);
        start = action("console.start", "console-start", Key.F3, () -> port.startServing(counterNumber()));
        finish = action("console.finish", "console-finish", Key.F4, () -> port.finish(counterNumber()));
        recall = action("console.recall", "console-recall", Key.F6, () -> port.recall(counterNumber()));
        hold = action("console.hold", "console-hold", Key.F7, () -> {
            port.hold(counterNumber(), holdComment.getValue());
            holdComment.clear();
        });
        noShow = action("console.no-show", "console-no-show", Key.F8, () -> port.noShow(counterNumber()));
        resume = action("console.resume", "console-resume", Key.F9, () -> port.resume(counterNumber()));
        transfer = action("console.transfer", "console-transfer", Key.F10, () -> port.transfer(counterNumber(), chosenService()));
        walkIn = action("console.walk-in", "console-walk-in", Key.F11, () -> port.walkIn(counterNumber(), chosenService()));
        holdComment.setPlaceholder(getTranslation("console.hold-comment"));
        holdComment.setMaxLength(400);
        holdComment.addClassName("console-hold-comment");
        service.setLabel(getTranslation("console.service"));
        service.setItems(port.services());
        service.setItemLabelGenerator(ServiceOption::name);
        service.addClassName("console-service");

        leave.addClassName("console-leave");
        leave.addClickListener(click -> {
            try {
                port.closeCounter(counterNumber());
                officer.clear();
            } catch (CounterPort.Refusal refusal) {
                Notification.show(getTranslation(refusal.messageKey()), 5000, Notification.Position.MIDDLE);
            }
            render();
        });
        H1 title = new H1(port.centerName());
        Div pickers = new Div(counter, officer, leave);
        pickers.addClassName("console-pickers");
        Div header = new Div(title, pickers);
        header.addClassName("console-header");

        current.addClassName("console-current");
        Div main = new Div(current, group("console-main-actions", callNext, start, finish),
                group("console-visitor-actions", recall, noShow),
                group("console-aside", holdComment, hold, resume), held,
                group("console-routing", service, transfer, walkIn));
        main.addClassName("console-main");
        held.addClassName("console-held");
        today.addClassName("console-today");
        waiting.addClassName("console-waiting");
        Div side = new Div(today, waiting);
        side.addClassName("console-side");
        Div body = new Div(main, side);
        body.addClassName("console-body");
        add(header, body);
        LiveRefresh.bind(this, port, this::render);
        render();
    }

    /** /counter/3 opens the console at counter 3, so each counter's PC can keep a bookmark. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer counterNumber) {
        if (counterNumber != null) {
            counter.getListDataView().getItems().filter(info -> info.number() == counterNumber).findFirst()
                    .ifPresent(counter::setValue);
        } else {
            // An officer already seated somewhere (signed in again, another browser) goes straight back there.
            List<Long> me = port.officers().stream().map(OfficerInfo::id).toList();
            counter.getListDataView().getItems().filter(info -> me.size() == 1 && me.contains(info.officerId()))
                    .findFirst().ifPresent(counter::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }

    private static long officerIdOf(CounterInfo info) {
        return info.officerId() == null ? -1 : info.officerId();
    }

    private static Div group(String className, Component... components) {
        Div group = new Div(components);
        group.addClassNames("console-actions", className);
        return group;
    }

    private void callNext() {
        if (port.callNext(counterNumber()).isEmpty()) {
            Notification.show(getTranslation("console.nobody-waiting"));
        }
    }

    /**
     * One console button: one click, one function key shown on the button itself, and the queue's refusal shown in
     * words.
     */
    private Button action(String labelKey, String className, Key shortcut, Runnable operation) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                operation.run();
            } catch (CounterPort.Refusal refused) {
                Notification.show(getTranslation(refused.messageKey()));
            } finally {
                render();
            }
        });
        button.addClassName(className);
        button.addClickShortcut(shortcut);
        Span key = new Span(shortcut.getKeys().getFirst());
        key.addClassName("console-key");
        button.setSuffixComponent(key);
        return button;
    }

    private int counterNumber() {
        return counter.getValue().number();
    }

    private String chosenService() {
        if (service.getValue() == null) {
            throw new CounterPort.Refusal("console.choose-service", "No service chosen");
        }
        return service.getValue().code();
    }

    private void render() {
        boolean chosen = counter.getValue() != null;
        boolean seated = chosen && officer.getValue() != null;
        callNext.setEnabled(seated);
        leave.setEnabled(seated);
        // Until the officer takes the counter, say how: choosing one's own name opens it.
        officer.setHelperText(chosen && !seated ? getTranslation("console.officer-hint") : null);
        current.removeAll();
        current.removeClassNames("called", "serving");
        today.removeAll();
        waiting.removeAll();
        held.removeAll();
        if (!chosen) {
            for (Button button : List.of(finish, start, recall, noShow, hold, resume, transfer, walkIn)) {
                button.setEnabled(false);
            }
            current.add(idle(getTranslation("console.choose-counter")));
            return;
        }
        CounterStatus status = port.status(counterNumber());
        boolean busy = status.current().isPresent();
        boolean called = status.current().map(ticket -> !ticket.serving()).orElse(false);
        finish.setEnabled(busy);
        start.setEnabled(called);
        recall.setEnabled(called);
        noShow.setEnabled(called);
        hold.setEnabled(busy);
        transfer.setEnabled(busy);
        resume.setEnabled(seated && !busy && !status.heldNumbers().isEmpty());
        walkIn.setEnabled(seated && !busy);
        if (!status.heldNumbers().isEmpty()) {
            held.add(new Span(getTranslation("console.held", String.join(", ", status.heldNumbers()))));
        }
        status.current().ifPresentOrElse(ticket -> renderCurrent(ticket, status),
                () -> current.add(idle(getTranslation("console.idle"))));
        port.officerToday(counterNumber()).ifPresent(this::renderToday);
        renderWaiting(status);
    }

    private static Span idle(String text) {
        Span idle = new Span(text);
        idle.addClassName("console-idle");
        return idle;
    }

    /** The ticket at the counter, and how long since it was called, or since serving started. */
    private void renderCurrent(CalledTicket ticket, CounterStatus status) {
        current.addClassName(ticket.serving() ? "serving" : "called");
        Span state = new Span(getTranslation(ticket.serving() ? "console.serving" : "console.called"));
        state.addClassName("console-state");
        Span number = new Span(ticket.number());
        number.addClassName("console-number");
        Span serviceName = new Span(ticket.serviceName());
        serviceName.addClassName("console-service-name");
        Div facts = new Div(serviceName);
        facts.addClassName("console-facts");
        if (ticket.priority()) {
            facts.add(mark(getTranslation("console.priority"), "priority-mark"));
        }
        Span calledAt = new Span(getTranslation("console.called-at", TIME.format(ticket.calledAt())));
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
        current.add(ticketBox, clock);
    }

    /** The seated officer's own day: what they finished, how long it took on average, how satisfied people were. */
    private void renderToday(OfficerToday figures) {
        H2 heading = new H2(getTranslation("console.today", figures.officerName()));
        Div served = figure("console-today-served", String.valueOf(figures.served()), getTranslation("console.today.served"));
        Div average = figure("console-today-average",
                figures.averageServiceTime().map(RunningTimer::format).orElse("–"),
                getTranslation("console.today.average"));
        Div satisfied = figure("console-today-satisfied",
                figures.satisfiedPercent().map(percent -> percent + "%").orElse("–"),
                figures.ratings() == 0 ? getTranslation("console.today.no-ratings")
                        : getTranslation("console.today.satisfied", figures.ratings()));
        figures.satisfiedPercent().ifPresent(percent -> satisfied.addClassName(
                percent >= HIGH_TARGET ? "on-target" : percent >= TARGET ? "near-target" : "below-target"));
        Div tiles = new Div(served, average, satisfied);
        tiles.addClassName("console-today-figures");
        today.add(heading, tiles);
    }

    private static Div figure(String className, String value, String caption) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("console-figure-value");
        Span captionSpan = new Span(caption);
        captionSpan.addClassName("console-figure-caption");
        Div figure = new Div(valueSpan, captionSpan);
        figure.addClassNames("console-figure", className);
        return figure;
    }

    /** Who waits for this counter, in the order call-next takes them, each with why they go ahead if they do. */
    private void renderWaiting(CounterStatus status) {
        waiting.add(new H2(getTranslation("console.waiting", status.waiting().size())));
        if (status.waiting().isEmpty()) {
            Span nobody = new Span(getTranslation("console.waiting.nobody"));
            nobody.addClassName("console-waiting-empty");
            waiting.add(nobody);
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
            rows.add(waitingRow(position, ticket, status.readAt()));
        }
        waiting.add(rows);
    }

    private Div waitingRow(int position, WaitingTicket ticket, Instant now) {
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
            marks.add(mark(getTranslation("console.carried-over", DAY.format(day)), "carried-mark"));
        });
        if (ticket.putInFront()) {
            row.addClassName("put-in-front");
            marks.add(mark(getTranslation("console.put-in-front"), "front-mark"));
        }
        ticket.priority().ifPresent(category -> {
            row.addClassName("priority");
            marks.add(mark(getTranslation("console.priority.category", getTranslation("console.priority." + category)),
                    "priority-mark"));
        });
        long minutes = Math.max(0, Duration.between(ticket.issuedAt(), now).toMinutes());
        // A carried-over visitor has waited since an earlier day: the minutes would mean nothing, the mark says the day.
        Span waited = new Span(ticket.carriedFrom().isPresent()
                ? getTranslation("console.waiting.taken", TIME.format(ticket.issuedAt()))
                : getTranslation("console.waiting.since", TIME.format(ticket.issuedAt()), minutes));
        waited.addClassName("console-waiting-since");
        marks.add(waited);
        return row;
    }

    private static Span mark(String text, String className) {
        Span mark = new Span(text);
        mark.addClassNames("mark", className);
        return mark;
    }
}
