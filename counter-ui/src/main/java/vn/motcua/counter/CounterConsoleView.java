package vn.motcua.counter;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.motcua.counter.CounterPort.CalledTicket;
import vn.motcua.counter.CounterPort.CounterInfo;
import vn.motcua.counter.CounterPort.CounterStatus;
import vn.motcua.counter.CounterPort.OfficerInfo;
import vn.motcua.counter.CounterPort.ServiceOption;
import vn.motcua.counter.CounterPort.WaitingTicket;

/** The officer's console: pick the counter, call the next ticket, finish it. */
@Route("counter")
@StyleSheet("styles/counter.css")
public class CounterConsoleView extends Div implements HasDynamicTitle, HasUrlParameter<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CounterPort port;
    private final Select<CounterInfo> counter = new Select<>();
    private final Select<OfficerInfo> officer = new Select<>();
    private final Div current = new Div();
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

        callNext = new Button(getTranslation("console.call-next"), click -> callNext());
        callNext.addClassName("console-call");
        callNext.addClickShortcut(Key.F2);
        callNext.setDisableOnClick(true);
        finish = new Button(getTranslation("console.finish"), click -> finish());
        finish.addClassName("console-finish");
        finish.addClickShortcut(Key.F4);

        start = action("console.start", "console-start", Key.F3, () -> port.startServing(counterNumber()));
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

        Div pickers = new Div(counter, officer);
        pickers.addClassName("console-pickers");
        Div actions = new Div(callNext, start, finish, recall, noShow);
        actions.addClassName("console-actions");
        Div aside = new Div(holdComment, hold, resume);
        aside.addClassNames("console-actions", "console-aside");
        Div routing = new Div(service, transfer, walkIn);
        routing.addClassNames("console-actions", "console-routing");
        current.addClassName("console-current");
        waiting.addClassName("console-waiting");
        held.addClassName("console-held");
        add(new H1(port.centerName()), pickers, current, actions, aside, routing, held, waiting);
        LiveRefresh.bind(this, port, this::render);
        render();
    }

    /** /counter/3 opens the console at counter 3, so each counter's PC can keep a bookmark. */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Integer counterNumber) {
        if (counterNumber != null) {
            counter.getListDataView().getItems().filter(info -> info.number() == counterNumber).findFirst()
                    .ifPresent(counter::setValue);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }

    private static long officerIdOf(CounterInfo info) {
        return info.officerId() == null ? -1 : info.officerId();
    }

    private void callNext() {
        try {
            Optional<CalledTicket> called = port.callNext(counter.getValue().number());
            if (called.isEmpty()) {
                Notification.show(getTranslation("console.nobody-waiting"));
            }
        } catch (CounterPort.Refusal refused) {
            Notification.show(getTranslation(refused.messageKey()));
        } finally {
            render();
        }
    }

    private void finish() {
        port.finish(counter.getValue().number());
        render();
    }

    /** One console button: one click, one keyboard shortcut, and the queue's refusal shown in words. */
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
        current.removeAll();
        waiting.removeAll();
        held.removeAll();
        if (!chosen) {
            for (Button button : List.of(finish, start, recall, noShow, hold, resume, transfer, walkIn)) {
                button.setEnabled(false);
            }
            current.add(new Span(getTranslation("console.choose-counter")));
            return;
        }
        CounterStatus status = port.status(counter.getValue().number());
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
        status.current().ifPresentOrElse(ticket -> {
            Span number = new Span(ticket.number());
            number.addClassName("console-number");
            Span service = new Span(ticket.serviceName());
            current.add(new Span(getTranslation(ticket.serving() ? "console.serving" : "console.called")), number, service);
            if (ticket.priority()) {
                current.add(priorityMark());
            }
            current.add(new Span(getTranslation("console.called-at", TIME.format(ticket.calledAt()))));
            if (ticket.recalls() > 0) {
                current.add(new Span(getTranslation("console.recalls", ticket.recalls())));
            }
        }, () -> current.add(new Span(getTranslation("console.idle"))));

        waiting.add(new H2(getTranslation("console.waiting", status.waiting().size())));
        for (WaitingTicket ticket : status.waiting()) {
            Div row = new Div(new Span(ticket.number()), new Span(ticket.serviceName()),
                    new Span(TIME.format(ticket.issuedAt())));
            row.addClassName("console-waiting-row");
            if (ticket.priority()) {
                row.add(priorityMark());
            }
            if (ticket.carriedOver()) {
                Span carried = new Span(getTranslation("console.carried-over"));
                carried.addClassName("carried-mark");
                row.add(carried);
            }
            waiting.add(row);
        }
    }

    private Span priorityMark() {
        Span mark = new Span(getTranslation("console.priority"));
        mark.addClassName("priority-mark");
        return mark;
    }
}
