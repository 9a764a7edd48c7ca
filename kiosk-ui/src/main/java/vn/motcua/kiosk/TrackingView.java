package vn.motcua.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The phone page behind a ticket's QR code: the visitor follows the queue without watching the hall board, and
 * finds the hotlines to call if something goes wrong.
 */
@AnonymousAllowed
@Route("t")
@StyleSheet("styles/kiosk.css")
public class TrackingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PhonePagePort port;
    private TrackedTicket ticket;

    public TrackingView(PhonePagePort port) {
        this.port = port;
        addClassName("tracking");
        CenterInfo center = port.center();
        add(new H1(center.name()), new Hotlines(center, Hotlines.Numbers.DIALLABLE));
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        // A new code is a new ticket to follow: the old one's subscription ends as it leaves the page.
        TrackedTicket tracked = new TrackedTicket(port, code);
        if (ticket == null) {
            addComponentAtIndex(1, tracked);
        } else {
            replace(ticket, tracked);
        }
        ticket = tracked;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title");
    }
}
