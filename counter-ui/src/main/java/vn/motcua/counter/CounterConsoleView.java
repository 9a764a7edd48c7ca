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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.motcua.counter.CounterPort.CalledTicket;
import vn.motcua.counter.CounterPort.CounterInfo;
import vn.motcua.counter.CounterPort.CounterStatus;
import vn.motcua.counter.CounterPort.OfficerInfo;
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

        Div pickers = new Div(counter, officer);
        pickers.addClassName("console-pickers");
        Div actions = new Div(callNext, finish);
        actions.addClassName("console-actions");
        current.addClassName("console-current");
        waiting.addClassName("console-waiting");
        add(new H1(port.centerName()), pickers, current, actions, waiting);
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
        } catch (RuntimeException refused) {
            Notification.show(getTranslation("console.refused", refused.getMessage()));
        } finally {
            render();
        }
    }

    private void finish() {
        port.finish(counter.getValue().number());
        render();
    }

    private void render() {
        boolean chosen = counter.getValue() != null;
        callNext.setEnabled(chosen && officer.getValue() != null);
        current.removeAll();
        waiting.removeAll();
        if (!chosen) {
            finish.setEnabled(false);
            current.add(new Span(getTranslation("console.choose-counter")));
            return;
        }
        CounterStatus status = port.status(counter.getValue().number());
        finish.setEnabled(status.current().isPresent());
        status.current().ifPresentOrElse(ticket -> {
            Span number = new Span(ticket.number());
            number.addClassName("console-number");
            Span service = new Span(ticket.serviceName());
            current.add(new Span(getTranslation("console.serving")), number, service);
            if (ticket.priority()) {
                current.add(priorityMark());
            }
            current.add(new Span(getTranslation("console.called-at", TIME.format(ticket.calledAt()))));
        }, () -> current.add(new Span(getTranslation("console.idle"))));

        waiting.add(new H2(getTranslation("console.waiting", status.waiting().size())));
        for (WaitingTicket ticket : status.waiting()) {
            Div row = new Div(new Span(ticket.number()), new Span(ticket.serviceName()),
                    new Span(TIME.format(ticket.issuedAt())));
            row.addClassName("console-waiting-row");
            if (ticket.priority()) {
                row.add(priorityMark());
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
