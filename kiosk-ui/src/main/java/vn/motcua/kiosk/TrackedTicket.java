package vn.motcua.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.kiosk.PhonePagePort.TicketTracking;
import vn.motcua.kiosk.PhonePagePort.TrackingState;

/**
 * One ticket on the phone page, kept up to date while it is shown: it wakes for the changes that can move this
 * ticket, not for every change in the hall. Every state of the ticket says what it means and what to do.
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
        Span state = new Span(stateText(tracked));
        state.addClassNames("tracking-state", tracked.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        add(label, number, service, state);
        queueLines(tracked).forEach(this::add);
    }

    private String stateText(TicketTracking t) {
        return switch (t.state()) {
            case WAITING -> getTranslation("tracking.waiting", t.peopleAhead());
            case UPCOMING -> getTranslation("tracking.upcoming", day(t)) + (t.callsFrom() == null ? ""
                    : " " + getTranslation("tracking.calls-from", opening(t)));
            case CARRIED_OVER -> t.callsFrom() == null ? getTranslation("tracking.carried.today")
                    : getTranslation("tracking.carried", day(t), opening(t));
            case TRANSFERRED -> t.counterNumber() == null ? getTranslation("tracking.transferred", t.serviceName())
                    : getTranslation("tracking.transferred.counter", t.counterNumber());
            case CALLED -> getTranslation("tracking.called", t.counterNumber());
            case SERVING -> getTranslation("tracking.serving", t.counterNumber());
            case HELD -> getTranslation("tracking.held", t.holdComment(), t.counterNumber());
            case ABSENT -> getTranslation("tracking.absent", t.counterNumber());
            case EXPIRED -> getTranslation("tracking.expired");
            case DONE -> getTranslation("tracking.done");
        };
    }

    /** While the ticket is still in a queue: how many are ahead, about how long, and from when it is called. */
    private List<Span> queueLines(TicketTracking t) {
        List<Span> lines = new ArrayList<>();
        switch (t.state()) {
            case WAITING, UPCOMING, CARRIED_OVER, TRANSFERRED -> {
                if (t.state() != TrackingState.WAITING) {
                    lines.add(line("tracking-ahead", getTranslation("kiosk.ticket.ahead", t.peopleAhead())));
                }
                // Next in line: the headline already says so, and "about 0 minutes" would say it twice.
                if (t.state() != TrackingState.WAITING || t.peopleAhead() > 0) {
                    lines.add(line("tracking-wait", getTranslation("tracking.wait", t.estimatedWaitMinutes())));
                }
                if (t.state() == TrackingState.WAITING && t.callsFrom() != null) {
                    lines.add(line("tracking-calls-from", getTranslation("tracking.calls-from", opening(t))));
                }
            }
            case CALLED, SERVING, HELD, ABSENT, EXPIRED, DONE -> {
                // Out of the queue: the state line says everything.
            }
        }
        return lines;
    }

    private static Span line(String className, String text) {
        Span line = new Span(text);
        line.addClassName(className);
        return line;
    }

    private String day(TicketTracking t) {
        return KioskDays.day(this, t.day());
    }

    private static String opening(TicketTracking t) {
        return KioskDays.time(t.callsFrom());
    }
}
