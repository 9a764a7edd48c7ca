package vn.motcua.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import vn.motcua.kiosk.KioskPort.TicketTracking;

/** The phone page behind a ticket's QR code: the visitor follows the queue without watching the hall board. */
@Route("t")
@StyleSheet("styles/kiosk.css")
public class TrackingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final KioskPort port;
    private String trackingCode;

    public TrackingView(KioskPort port) {
        this.port = port;
        addClassName("tracking");
        LiveRefresh.bind(this, port, this::render);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        this.trackingCode = code;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title");
    }

    private void render() {
        removeAll();
        add(new H1(port.center().name()));
        Optional<TicketTracking> found = port.track(trackingCode);
        if (found.isEmpty()) {
            add(new Span(getTranslation("tracking.unknown")));
            return;
        }
        TicketTracking ticket = found.get();
        Span number = new Span(ticket.number());
        number.addClassName("kiosk-number");
        Span state = new Span(switch (ticket.state()) {
            case WAITING -> getTranslation("tracking.waiting", ticket.peopleAhead());
            case CALLED -> getTranslation("tracking.called", ticket.counterNumber());
            case DONE -> getTranslation("tracking.done");
        });
        state.addClassNames("tracking-state", ticket.state().name().toLowerCase(java.util.Locale.ROOT));
        add(number, new Span(ticket.serviceName()), state);
    }
}
