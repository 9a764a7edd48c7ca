package vn.motcua.kiosk;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.kiosk.KioskPort.ServiceChoice;
import vn.motcua.kiosk.KioskPort.TicketReceipt;

/**
 * The touchscreen kiosk, for visitors who may never have used one: choose a service (by field, or by typing on a
 * kiosk that has a keyboard), say whether a priority applies, take the ticket. Large text, big targets, pictograms,
 * the hotlines always at the foot. This class is the frame every step shares (the center's name, the language
 * switch, the hotlines, the idle timer); each step fills the body in its own class.
 */
@Route("kiosk")
@StyleSheet("styles/kiosk.css")
public class KioskView extends Div implements HasDynamicTitle {

    private static final Locale VIETNAMESE = Locale.of("vi");

    /**
     * A finger that taps twice lands its second tap on whatever the first one brought up (the priority step, then
     * the ticket's "Done"). Each new step therefore ignores touches for a moment: its buttons are disabled in the
     * browser, before anything can reach the server, and enabled again after this long.
     */
    static final Duration TOUCH_GUARD = Duration.ofMillis(600);

    private static final String GUARD_NEW_STEP = """
            const buttons = Array.from(this.querySelectorAll('vaadin-button')).filter(b => !b.disabled);
            buttons.forEach(b => b.disabled = true);
            setTimeout(() => buttons.forEach(b => b.disabled = false), $0);
            """;

    private final KioskPort port;
    private final Header header = new Header();
    private final Div body = new Div();
    private final Div footer = new Div();
    private final IdleTimer idle = new IdleTimer();
    private final ServiceStep services;
    /** Opens the catalogue of procedures; in the header, on the start screen only. */
    private final Button catalogue = new Button();
    /** Opens the feedback form (phản ánh, kiến nghị); in the header, on the start screen only. */
    private final Button feedback = new Button();
    /** The hours the start screen was drawn for; a change redraws it. */
    private KioskHours hours;
    /** The start screen is shown (the services, or closed): it follows the hours as they change. */
    private boolean startShown;
    /** A ticket is on screen: it stays until the visitor is done, whatever the hours do meanwhile. */
    private boolean ticketShown;

    public KioskView(KioskPort port) {
        this.port = port;
        addClassName("kiosk");
        header.addClassName("kiosk-header");
        body.addClassName("kiosk-body");
        footer.addClassName("kiosk-footer");
        add(header, body, footer);
        services = new ServiceStep(this);
        catalogue.addClassName("kiosk-catalogue-open");
        catalogue.addClickListener(click -> showCatalogue(null));
        feedback.addClassName("kiosk-feedback-open");
        feedback.addClickListener(click -> showFeedbackForm());
        port.follow(this, services::refreshWaitingCounts);
        port.followHours(this, this::hoursMayHaveChanged);
        renderFrame();
        showServices();
    }

    KioskPort port() {
        return port;
    }

    /** The header with the language switch, and the footer with the hotlines: redrawn when the language changes. */
    private void renderFrame() {
        CenterInfo center = port.center();
        Button language = new Button(getTranslation("kiosk.language"), click -> switchLanguage());
        language.addClassName("kiosk-language");
        language.getElement().setAttribute("lang", getTranslation("kiosk.language.code"));
        H1 name = new H1(center.name());
        name.addClassName("kiosk-center");
        catalogue.setText(getTranslation("kiosk.catalogue.open"));
        feedback.setText(getTranslation("kiosk.feedback.open"));
        header.removeAll();
        header.add(name, catalogue, feedback, language);
        footer.removeAll();
        footer.add(new Hotlines(center, Hotlines.Numbers.TEXT));
    }

    private void switchLanguage() {
        Locale next = VIETNAMESE.getLanguage().equals(getLocale().getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
        useLanguage(next);
        showServices();
        restartIdle();
    }

    private void useLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Locale.class, VIETNAMESE.equals(locale) ? null : locale);
        ui.setLocale(locale);
        renderFrame();
    }

    /** Nobody touched the kiosk for a while: back to all services, in Vietnamese, for the next visitor. */
    void backToStart() {
        idle.stop();
        if (!VIETNAMESE.getLanguage().equals(getLocale().getLanguage())) {
            useLanguage(VIETNAMESE);
        }
        showServices();
    }

    /** A touch: the next visitor's start screen waits another idle timeout. */
    void restartIdle() {
        getUI().ifPresent(ui -> idle.restart(ui, port.idleTimeout(), this::backToStart));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        idle.stop();
    }

    /**
     * Step 1: every service, grouped by field, with a search and one button per field; before opening or for the
     * next working day a line says when the ticket is called. Outside hours without next-day tickets: closed.
     */
    void showServices() {
        hours = port.hours();
        Div step = newStep();
        startShown = true;
        catalogue.setVisible(true);
        feedback.setVisible(true);
        if (!hours.issues()) {
            new ClosedStep(this, hours).showIn(step);
            return;
        }
        hoursNotice().ifPresent(step::add);
        services.showIn(step);
        guardNewStep();
    }

    private Optional<Span> hoursNotice() {
        String text = switch (hours.issuing()) {
            case BEFORE_OPENING -> getTranslation("kiosk.hours.before-opening", KioskDays.time(hours.opens()));
            case NEXT_DAY -> getTranslation("kiosk.hours.next-day", KioskDays.day(this, hours.day()),
                    KioskDays.time(hours.opens()));
            case OPEN, AFTER_HOURS, DAY_OFF, SETTING_UP -> null;
        };
        if (text == null) {
            return Optional.empty();
        }
        Span notice = new Span(text);
        notice.addClassNames("kiosk-hours", hours.issuing().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return Optional.of(notice);
    }

    /**
     * Opening, closing, midnight or the setting: the start screen follows at once, without a reload; a visitor
     * choosing a priority goes back to it only when tickets stop, and a ticket on screen stays.
     */
    private void hoursMayHaveChanged() {
        KioskHours now = port.hours();
        if (!ticketShown && !now.equals(hours) && (startShown || !now.issues())) {
            showServices();
        }
    }

    /** Step 2: the priority, for the service chosen. */
    void showPriorities(ServiceChoice service) {
        restartIdle();
        new PriorityStep(this, service).showIn(newStep());
        guardNewStep();
    }

    /** Issues the ticket, then step 3: the number at once, the paper when the printer has answered. */
    void issue(ServiceChoice service, Priority priority) {
        TicketReceipt receipt;
        try {
            receipt = port.issue(service.code(), priority);
        } catch (TicketRefused refused) {
            restartIdle();
            showIssueFailed(refused.getMessage());
            return;
        } catch (RuntimeException failed) {
            restartIdle();
            if (!port.hours().issues()) {
                // Closing time passed while the visitor chose: the server refused, the start screen says why.
                showServices();
                return;
            }
            showIssueFailed(getTranslation("kiosk.issue.failed"));
            return;
        }
        restartIdle();
        TicketStep ticket = new TicketStep(this, receipt);
        ticket.showIn(newStep());
        ticketShown = true;
        guardNewStep();
        ticket.print();
    }

    private void showIssueFailed(String why) {
        H2 message = new H2(why);
        Div error = new Div(message);
        error.addClassName("kiosk-error");
        newStep().add(error, backButton());
        guardNewStep();
    }

    /** The catalogue of procedures, the field's list (the first field when none is given). */
    void showCatalogue(String field) {
        restartIdle();
        new CatalogueStep(this, port.procedures(), field).showIn(newStep());
        guardNewStep();
    }

    /** The feedback form: a topic, a few words, an optional contact. */
    void showFeedbackForm() {
        restartIdle();
        new FeedbackStep(this).showIn(newStep());
        guardNewStep();
    }

    /** The feedback's code, deadline and where to read the answer; the idle timer returns to the start. */
    void showFeedbackReceived(KioskPort.FeedbackReceipt receipt) {
        restartIdle();
        new FeedbackReceivedStep(this, receipt).showIn(newStep());
        guardNewStep();
    }

    /** One procedure of the catalogue: what to bring, the fee and the time. */
    void showProcedure(ProcedureInfo procedure) {
        restartIdle();
        new ProcedureStep(this, procedure).showIn(newStep());
        guardNewStep();
    }

    /** Back to the start screen from the catalogue; the idle timer does the same for a visitor who walks away. */
    Button homeButton() {
        Button home = new Button(getTranslation("kiosk.catalogue.home"), click -> showServices());
        home.addClassName("kiosk-home");
        return home;
    }

    /** Back to the services, keeping nothing of the step left. */
    Button backButton() {
        Button back = new Button(getTranslation("kiosk.back"), click -> showServices());
        back.addClassName("kiosk-back");
        return back;
    }

    /** The body emptied for the next step to fill. */
    private Div newStep() {
        startShown = false;
        ticketShown = false;
        catalogue.setVisible(false);
        feedback.setVisible(false);
        body.removeAll();
        return body;
    }

    private void guardNewStep() {
        body.getElement().executeJs(GUARD_NEW_STEP, TOUCH_GUARD.toMillis());
    }

    static H2 stepTitle(String text) {
        H2 title = new H2(text);
        title.addClassName("kiosk-step");
        return title;
    }
}
