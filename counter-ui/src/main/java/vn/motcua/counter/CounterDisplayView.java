package vn.motcua.counter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import vn.motcua.counter.CounterPort.CounterStatus;

/** The screen above a counter: the number being served there, readable from across the hall. */
@Route("display/counter")
@StyleSheet("styles/counter.css")
public class CounterDisplayView extends Div implements HasUrlParameter<Integer>, HasDynamicTitle {

    private final CounterPort port;
    private int counterNumber;

    public CounterDisplayView(CounterPort port) {
        this.port = port;
        addClassName("counter-display");
        LiveRefresh.bind(this, port, this::render);
    }

    @Override
    public void setParameter(BeforeEvent event, Integer number) {
        this.counterNumber = number;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.counter.title", counterNumber);
    }

    private void render() {
        removeAll();
        Span counter = new Span(getTranslation("display.counter.name", counterNumber));
        counter.addClassName("display-counter-name");
        add(counter);
        CounterStatus status;
        try {
            status = port.status(counterNumber);
        } catch (RuntimeException unknownCounter) {
            add(new Span(getTranslation("display.counter.unknown")));
            return;
        }
        status.current().ifPresentOrElse(ticket -> {
            Span number = new Span(ticket.number());
            number.addClassName("display-number");
            Span service = new Span(ticket.serviceName());
            service.addClassName("display-service");
            add(new Span(getTranslation("display.counter.serving")), number, service);
        }, () -> {
            Span idle = new Span(getTranslation("display.counter.idle"));
            idle.addClassName("display-idle");
            add(idle);
        });
        String officer = status.counter().officerName();
        Span officerLine = new Span(officer == null ? getTranslation("display.counter.closed")
                : getTranslation("display.counter.officer", officer));
        officerLine.addClassName("display-officer");
        add(officerLine);
    }
}
