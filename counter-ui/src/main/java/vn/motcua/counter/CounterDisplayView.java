package vn.motcua.counter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import vn.motcua.counter.CounterDisplayPort.CounterShown;

/**
 * The screen above a counter, read from across the hall: the number called or served there, the service, and who
 * serves; between visitors, that the counter is ready; with nobody seated, that it is closed.
 */
@Route("display/counter")
@StyleSheet("styles/counter.css")
public class CounterDisplayView extends Div implements HasUrlParameter<Integer>, HasDynamicTitle {

    private final CounterDisplayPort port;
    /** Read by the live updates' filter on their own thread. */
    private volatile int counterNumber;

    public CounterDisplayView(CounterDisplayPort port) {
        this.port = port;
        addClassName("counter-display");
        port.follow(this, () -> counterNumber, this::render);
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
        removeClassNames("serving", "ready", "closed");
        add(span(getTranslation("display.counter.name", counterNumber), "display-counter-name"));
        Optional<CounterShown> shown = port.shown(counterNumber);
        if (shown.isEmpty()) {
            add(span(getTranslation("display.counter.unknown"), "display-idle"));
            return;
        }
        CounterShown status = shown.get();
        String officer = status.seatedOfficer().orElse(null);
        if (status.current().isPresent()) {
            CalledTicket ticket = status.current().get();
            addClassName("serving");
            add(span(getTranslation(ticket.serving() ? "display.counter.serving" : "display.counter.calling"),
                    "display-invite"), span(ticket.number(), "display-number"),
                    span(ticket.serviceName(), "display-service"));
        } else if (officer != null) {
            addClassName("ready");
            add(span(getTranslation("display.counter.idle"), "display-idle"),
                    span(getTranslation("display.counter.idle-hint"), "display-hint"));
        } else {
            addClassName("closed");
            add(span(getTranslation("display.counter.closed"), "display-idle"),
                    span(getTranslation("display.counter.closed-hint"), "display-hint"));
        }
        // The officer who called the ticket answers for it, even if someone else has sat down since.
        String serving = status.current().map(CalledTicket::officerName).orElse(officer);
        if (serving != null) {
            add(span(getTranslation("display.counter.officer", serving), "display-officer"));
        }
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
