package vn.motcua.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.kiosk.PhonePagePort.TicketTracking;

/**
 * One ticket on the phone page, kept up to date while it is shown: it wakes for the changes that can move this
 * ticket, not for every change in the hall.
 */
final class TrackedTicket extends Div {

    private final PhonePagePort port;
    private final String trackingCode;

    TrackedTicket(PhonePagePort port, String trackingCode) {
        this.port = port;
        this.trackingCode = trackingCode;
        addClassName("tracking-ticket");
        port.follow(this, trackingCode, this::render);
        render();
    }

    private void render() {
        removeAll();
        Optional<TicketTracking> found = port.track(trackingCode);
        if (found.isEmpty()) {
            Span unknown = new Span(getTranslation("tracking.unknown"));
            unknown.addClassName("tracking-unknown");
            add(unknown);
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
        state.addClassNames("tracking-state", tracked.state().name().toLowerCase(Locale.ROOT));
        add(label, number, service, state);
    }
}
