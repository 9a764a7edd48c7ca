package vn.motcua.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The phone page behind a ticket's QR code: the visitor follows the queue without watching the hall board, may
 * leave a number to be texted when their turn is near, and finds feedback and the hotlines if something goes wrong.
 */
@AnonymousAllowed
@Route("t")
@StyleSheet("styles/kiosk.css")
public class TrackingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PhonePagePort port;
    private TrackedTicket ticket;
    private Div visitorTools;

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
        Anchor feedback = new Anchor("/phan-anh?ve=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                getTranslation("tracking.feedback"));
        feedback.addClassName("tracking-feedback");
        Div tools = new Div(new ContactForm(port, code), feedback);
        tools.addClassName("tracking-tools");
        if (visitorTools == null) {
            addComponentAtIndex(2, tools);
        } else {
            replace(visitorTools, tools);
        }
        visitorTools = tools;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title");
    }
}
