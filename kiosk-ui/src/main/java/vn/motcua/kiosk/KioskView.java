package vn.motcua.kiosk;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.motcua.kiosk.KioskPort.ServiceChoice;
import vn.motcua.kiosk.KioskPort.TicketReceipt;

/** The touchscreen kiosk: choose a service, choose a priority, take the ticket. */
@Route("kiosk")
@StyleSheet("styles/kiosk.css")
public class KioskView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final Locale VIETNAMESE = Locale.of("vi");

    private final KioskPort port;
    private final Div header = new Div();
    private final Div body = new Div();
    private final Div footer = new Div();
    private final IdleTimer idle = new IdleTimer();
    private final Map<String, Button> serviceButtons = new LinkedHashMap<>();

    public KioskView(KioskPort port) {
        this.port = port;
        addClassName("kiosk");
        header.addClassName("kiosk-header");
        body.addClassName("kiosk-body");
        footer.addClassName("kiosk-footer");
        add(header, body, footer);
        LiveRefresh.bind(this, port, this::refreshWaitingCounts);
        renderFrame();
        showServices();
    }

    /** The header with the language switch, and the footer with the hotline: redrawn when the language changes. */
    private void renderFrame() {
        KioskPort.CenterInfo center = port.center();
        Button language = new Button(getTranslation("kiosk.language"), click -> switchLanguage());
        language.addClassName("kiosk-language");
        header.removeAll();
        header.add(new H1(center.name()), language);
        footer.removeAll();
        footer.add(new Span(getTranslation("kiosk.hotline", center.hotline())));
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

    /** Nobody touched the kiosk for a while: back to the services, in Vietnamese, for the next visitor. */
    void backToStart() {
        idle.stop();
        if (!VIETNAMESE.getLanguage().equals(getLocale().getLanguage())) {
            useLanguage(VIETNAMESE);
        }
        showServices();
    }

    private void restartIdle() {
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

    void showServices() {
        clearBody();
        body.add(step(getTranslation("kiosk.step.service")));
        Map<String, Div> fields = new LinkedHashMap<>();
        for (ServiceChoice service : port.services()) {
            Div field = fields.computeIfAbsent(service.fieldName(), name -> {
                Div group = new Div(new H2(name));
                group.addClassName("kiosk-field");
                return group;
            });
            Button button = new Button();
            button.addClassName("kiosk-service");
            button.getElement().setAttribute("data-service", service.code());
            serviceButtons.put(service.code(), button);
            fillServiceButton(button, service);
            button.addClickListener(click -> showPriorities(service));
            field.add(button);
        }
        Div grid = new Div();
        grid.addClassName("kiosk-fields");
        fields.values().forEach(grid::add);
        body.add(grid);
    }

    private void fillServiceButton(Button button, ServiceChoice service) {
        Span letter = new Span(service.letter());
        letter.addClassName("kiosk-letter");
        Span name = new Span(service.name());
        name.addClassName("kiosk-service-name");
        Span waiting = new Span(getTranslation("kiosk.waiting", service.waiting()));
        waiting.addClassName("kiosk-waiting");
        button.getElement().removeAllChildren();
        button.getElement().appendChild(letter.getElement(), name.getElement(), waiting.getElement());
    }

    private void refreshWaitingCounts() {
        if (serviceButtons.isEmpty()) {
            return;
        }
        for (ServiceChoice service : port.services()) {
            Button button = serviceButtons.get(service.code());
            if (button != null) {
                fillServiceButton(button, service);
            }
        }
    }

    void showPriorities(ServiceChoice service) {
        restartIdle();
        clearBody();
        body.add(step(getTranslation("kiosk.step.priority")));
        Span chosen = new Span(service.name());
        chosen.addClassName("kiosk-chosen");
        body.add(chosen);
        Div choices = new Div();
        choices.addClassName("kiosk-priorities");
        for (Priority priority : Priority.values()) {
            Button button = new Button(getTranslation(priority.labelKey()));
            button.addClassNames("kiosk-priority", "priority-" + priority.name().toLowerCase(java.util.Locale.ROOT));
            // A double tap must not issue two tickets: the button is disabled on the client before the second tap.
            button.setDisableOnClick(true);
            button.addClickListener(click -> issue(service, priority));
            choices.add(button);
        }
        Button back = new Button(getTranslation("kiosk.back"), click -> showServices());
        back.addClassName("kiosk-back");
        body.add(choices, back);
    }

    private void issue(ServiceChoice service, Priority priority) {
        TicketReceipt receipt;
        try {
            receipt = port.issue(service.code(), priority);
        } catch (RuntimeException failed) {
            clearBody();
            Div error = new Div(new H2(getTranslation("kiosk.issue.failed")));
            error.addClassName("kiosk-error");
            restartIdle();
            Button again = new Button(getTranslation("kiosk.back"), click -> showServices());
            again.addClassName("kiosk-back");
            body.add(error, again);
            return;
        }
        showTicket(receipt);
    }

    void showTicket(TicketReceipt receipt) {
        restartIdle();
        clearBody();
        Div ticket = new Div();
        ticket.addClassName("kiosk-ticket");
        Span label = new Span(getTranslation("kiosk.ticket.your-number"));
        Span number = new Span(receipt.number());
        number.addClassName("kiosk-number");
        Span service = new Span(receipt.serviceName());
        service.addClassName("kiosk-ticket-service");
        ticket.add(label, number, service);
        if (receipt.priority() != Priority.NONE) {
            Span priority = new Span(getTranslation("kiosk.ticket.priority", getTranslation(receipt.priority().labelKey())));
            priority.addClassName("kiosk-ticket-priority");
            ticket.add(priority);
        }
        Span ahead = new Span(getTranslation("kiosk.ticket.ahead", receipt.peopleAhead()));
        ahead.addClassName("kiosk-ahead");
        Span wait = new Span(getTranslation("kiosk.ticket.wait", receipt.estimatedWaitMinutes()));
        wait.addClassName("kiosk-wait");
        Span issued = new Span(TIME.format(receipt.issuedAt()));
        Image qr = new Image(QrCodeImage.svgDataUrl(receipt.trackingUrl()), getTranslation("kiosk.ticket.qr-alt"));
        qr.addClassName("kiosk-qr");
        Span qrHint = new Span(getTranslation("kiosk.ticket.qr-hint"));
        ticket.add(ahead, wait, issued, qr, qrHint);
        Span printStatus = new Span(receipt.print().printed()
                ? getTranslation("kiosk.print.ok")
                : getTranslation("kiosk.print.failed", receipt.print().problem()));
        printStatus.addClassNames("kiosk-print", receipt.print().printed() ? "ok" : "failed");
        Div actions = new Div();
        actions.addClassName("kiosk-actions");
        if (!receipt.print().printed()) {
            Button reprint = new Button(getTranslation("kiosk.print.again"));
            reprint.addClassName("kiosk-reprint");
            reprint.setDisableOnClick(true);
            reprint.addClickListener(click -> {
                KioskPort.PrintResult again = port.reprint(receipt.trackingCode());
                showTicket(new TicketReceipt(receipt.number(), receipt.serviceName(), receipt.priority(),
                        receipt.issuedAt(), receipt.peopleAhead(), receipt.estimatedWaitMinutes(), receipt.trackingCode(),
                        receipt.trackingUrl(), again));
            });
            actions.add(reprint);
        }
        Button done = new Button(getTranslation("kiosk.done"), click -> backToStart());
        done.addClassName("kiosk-done");
        actions.add(done);
        body.add(ticket, printStatus, actions);
    }

    private void clearBody() {
        body.removeAll();
        serviceButtons.clear();
    }

    private static H2 step(String text) {
        H2 step = new H2(text);
        step.addClassName("kiosk-step");
        return step;
    }
}
