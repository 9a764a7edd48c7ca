package vn.motcua.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.kiosk.DossierPagePort.DossierPage;
import vn.motcua.kiosk.DossierPagePort.DossierState;

/**
 * The citizen's dossier page behind the receipt's QR code and the SMS link: where the dossier stands, when it is
 * due, who handles it, in plain words on a phone. An unknown token gets the same words as any bad one.
 */
@AnonymousAllowed
@Route("hs/:token")
@StyleSheet("styles/kiosk.css")
public class DossierPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierPagePort port;
    private final Div card = new Div();

    public DossierPageView(DossierPagePort port) {
        this.port = port;
        addClassNames("tracking", "dossier-page");
        card.addClassName("dossier-card");
        CenterInfo center = port.center();
        add(new H1(center.name()), card, new Hotlines(center, Hotlines.Numbers.DIALLABLE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        Optional<DossierPage> found = event.getRouteParameters().get("token").flatMap(port::dossier);
        found.ifPresentOrElse(this::show, this::unknown);
    }

    private void show(DossierPage dossier) {
        card.add(line("dossier-code-label", getTranslation("dossier-page.code")),
                line("dossier-code", dossier.code()),
                line("dossier-procedure", dossier.procedure()));
        Span state = line("dossier-state", getTranslation("dossier.status." + dossier.state().name()));
        state.addClassName(dossier.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        card.add(state);
        if (dossier.overdue()) {
            card.add(line("dossier-overdue", getTranslation("dossier-page.overdue")));
        }
        if (dossier.state() == DossierState.AWAITING_SUPPLEMENT) {
            card.add(line("dossier-clock-stopped", getTranslation("dossier-page.clock-stopped")));
            card.add(line("dossier-supplement", getTranslation(dossier.missing().isEmpty() ? "dossier-page.supplement"
                    : "dossier-page.supplement-bring")));
            if (!dossier.missing().isEmpty()) {
                card.add(missing(dossier));
            }
        }
        card.add(fact("dossier-received", "dossier-page.received", when(dossier.receivedAt())),
                fact("dossier-due", "dossier-page.due", when(dossier.dueAt())));
        if (dossier.clockStoppedAt() != null) {
            card.add(line("dossier-due-note", getTranslation("dossier-page.due-paused", when(dossier.clockStoppedAt()))));
        } else if (dossier.dueMoved()) {
            card.add(line("dossier-due-note", getTranslation("dossier-page.due-moved")));
        }
        if (dossier.newAppointmentAt() != null) {
            card.add(line("dossier-new-appointment", getTranslation("dossier-page.new-appointment",
                    when(dossier.newAppointmentAt()))), line("dossier-apology", getTranslation("dossier-page.apology")));
        }
        if (dossier.unit() != null) {
            card.add(fact("dossier-unit", "dossier-page.unit", dossier.unit()));
        }
        card.add(feedbackLink(dossier.code()), lookUpLink("dossier-page.other"));
    }

    /** Feedback about this dossier: the form names it, so the feedback reaches the unit that handles it. */
    private Anchor feedbackLink(String dossierCode) {
        Anchor link = new Anchor("/phan-anh?hs=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8),
                getTranslation("dossier-page.feedback"));
        link.addClassNames("dossier-look-up-link", "dossier-feedback-link");
        return link;
    }

    /** Each thing to bring, with why, so the citizen comes once with all of it. */
    private static UnorderedList missing(DossierPage dossier) {
        UnorderedList list = new UnorderedList();
        list.addClassName("dossier-missing");
        dossier.missing().forEach(paper -> list.add(new ListItem(paper.why().isBlank() ? paper.what()
                : paper.what() + " — " + paper.why())));
        return list;
    }

    private void unknown() {
        card.add(line("dossier-unknown", getTranslation("dossier-page.unknown")), lookUpLink("dossier-page.look-up"));
    }

    private Anchor lookUpLink(String textKey) {
        Anchor link = new Anchor("hs", getTranslation(textKey));
        link.addClassName("dossier-look-up-link");
        return link;
    }

    private Div fact(String className, String labelKey, String value) {
        Div fact = new Div(line("dossier-fact-label", getTranslation(labelKey)), line("dossier-fact-value", value));
        fact.addClassNames("dossier-fact", className);
        return fact;
    }

    static Span line(String className, String text) {
        Span line = new Span(text);
        line.addClassName(className);
        return line;
    }

    private static String when(LocalDateTime at) {
        return WHEN.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier-page.title");
    }
}
