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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The phone page behind a ticket's QR code: the visitor follows the queue without watching the hall board, and
 * finds the hotlines to call if something goes wrong.
 */
@AnonymousAllowed
@Route("t")
@StyleSheet("styles/kiosk.css")
public class TrackingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final KioskPort port;
    private final Div ticket = new Div();
    private String trackingCode;

    public TrackingView(KioskPort port) {
        this.port = port;
        addClassName("tracking");
        ticket.addClassName("tracking-ticket");
        KioskPort.CenterInfo center = port.center();
        add(new H1(center.name()), ticket, new Hotlines(center, Hotlines.Numbers.DIALLABLE));
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
        ticket.removeAll();
        Optional<TicketTracking> found = port.track(trackingCode);
        if (found.isEmpty()) {
            Span unknown = new Span(getTranslation("tracking.unknown"));
            unknown.addClassName("tracking-unknown");
            ticket.add(unknown);
            return;
        }
        TicketTracking tracked = found.get();
        Span label = new Span(getTranslation("kiosk.ticket.your-number"));
        label.addClassName("kiosk-number-label");
        Span number = new Span(tracked.number());
        number.addClassName("kiosk-number");
        Span service = new Span(tracked.serviceName());
        service.addClassName("tracking-service");
        Span state = new Span(switch (tracked.state()) {
            case WAITING -> getTranslation("tracking.waiting", tracked.peopleAhead());
            case CALLED -> getTranslation("tracking.called", tracked.counterNumber());
            case DONE -> getTranslation("tracking.done");
        });
        state.addClassNames("tracking-state", tracked.state().name().toLowerCase(java.util.Locale.ROOT));
        ticket.add(label, number, service, state);
    }
}
