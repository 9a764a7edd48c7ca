package vn.motcua.kiosk;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.motcua.kiosk.KioskPort.PrintResult;
import vn.motcua.kiosk.KioskPort.ServiceChoice;
import vn.motcua.kiosk.KioskPort.TicketReceipt;

/**
 * The touchscreen kiosk, for visitors who may never have used one: choose a service (by field, or by typing on a
 * kiosk that has a keyboard), say whether a priority applies, take the ticket. Large text, big targets, pictograms,
 * the hotlines always at the foot.
 */
@Route("kiosk")
@StyleSheet("styles/kiosk.css")
public class KioskView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

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

    /** The services the start step shows, with their waiting counts as last read. */
    private List<ServiceChoice> services = List.of();
    private final Map<String, Button> serviceButtons = new LinkedHashMap<>();
    private final Div results = new Div();
    private final TextField search = new TextField();
    private final Button clearSearch = new Button();
    private final Nav fieldFilters = new Nav();
    private String query = "";
    private String field;

    /** On the ticket step: whether the ticket is printing, printed or failed, and the reprint button. */
    private final Span printStatus = new Span();
    private final Div printActions = new Div();

    /** Counts the steps shown, so a late printer answer never lands on a later visitor's screen. */
    private long step;

    public KioskView(KioskPort port) {
        this.port = port;
        addClassName("kiosk");
        header.addClassName("kiosk-header");
        body.addClassName("kiosk-body");
        footer.addClassName("kiosk-footer");
        results.addClassName("kiosk-results");
        add(header, body, footer);
        buildSearch();
        LiveRefresh.bind(this, port, this::refreshWaitingCounts);
        renderFrame();
        showServices();
    }

    /** The header with the language switch, and the footer with the hotlines: redrawn when the language changes. */
    private void renderFrame() {
        KioskPort.CenterInfo center = port.center();
        Button language = new Button(getTranslation("kiosk.language"), click -> switchLanguage());
        language.addClassName("kiosk-language");
        language.getElement().setAttribute("lang", getTranslation("kiosk.language.code"));
        H1 name = new H1(center.name());
        name.addClassName("kiosk-center");
        header.removeAll();
        header.add(name, language);
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

    // Step 1: the service.

    private void buildSearch() {
        search.addClassName("kiosk-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.getElement().setAttribute("autocomplete", "off");
        search.getElement().setAttribute("spellcheck", "false");
        Span magnifier = new Span();
        magnifier.addClassName("kiosk-search-icon");
        search.setPrefixComponent(magnifier);
        search.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                query = Objects.requireNonNullElse(change.getValue(), "");
                restartIdle();
                renderResults();
            }
        });
        clearSearch.addClassName("kiosk-search-clear");
        clearSearch.addClickListener(click -> {
            query = "";
            search.clear();
            restartIdle();
            renderResults();
        });
        fieldFilters.addClassName("kiosk-field-filters");
    }

    /** The start: every service, grouped by field, with a search and one button per field. */
    void showServices() {
        clearBody();
        query = "";
        field = null;
        search.clear();
        search.setPlaceholder(getTranslation("kiosk.search.placeholder"));
        search.setAriaLabel(getTranslation("kiosk.search.label"));
        clearSearch.setText(getTranslation("kiosk.search.clear"));
        services = port.services();
        Div searchRow = new Div(search, clearSearch);
        searchRow.addClassName("kiosk-search-row");
        Div finder = new Div(searchRow, fieldFilters);
        finder.addClassName("kiosk-finder");
        Div layout = new Div(finder, results);
        layout.addClassName("kiosk-services-step");
        body.add(stepTitle(getTranslation("kiosk.step.service")), layout);
        renderResults();
        guardNewStep();
    }

    /** Redraws the field buttons and the services that match the search and the chosen field. */
    private void renderResults() {
        clearSearch.setVisible(!query.isBlank());
        fieldFilters.removeAll();
        fieldFilters.add(fieldFilter(getTranslation("kiosk.fields.all"), null));
        services.stream().map(ServiceChoice::fieldName).distinct()
                .forEach(name -> fieldFilters.add(fieldFilter(name, name)));

        results.removeAll();
        serviceButtons.clear();
        Map<String, Div> groups = new LinkedHashMap<>();
        for (ServiceChoice service : services) {
            if ((field != null && !field.equals(service.fieldName())) || !ServiceSearch.matches(service, query)) {
                continue;
            }
            groups.computeIfAbsent(service.fieldName(), name -> {
                H2 title = new H2(name);
                Div group = new Div(title);
                group.addClassName("kiosk-field");
                return group;
            }).add(serviceButton(service));
        }
        if (groups.isEmpty()) {
            results.add(noServiceFound());
            return;
        }
        Div grid = new Div();
        grid.addClassName("kiosk-fields");
        groups.values().forEach(grid::add);
        results.add(grid);
    }

    private Button fieldFilter(String label, String fieldName) {
        Button button = new Button(label, click -> {
            field = fieldName;
            restartIdle();
            renderResults();
        });
        button.addClassName("kiosk-field-filter");
        boolean active = Objects.equals(field, fieldName);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(active));
        if (active) {
            button.addClassName("active");
        }
        if (fieldName != null) {
            button.getElement().setAttribute("data-field", fieldName);
        }
        return button;
    }

    private Button serviceButton(ServiceChoice service) {
        Button button = new Button();
        button.addClassName("kiosk-service");
        button.getElement().setAttribute("data-service", service.code());
        serviceButtons.put(service.code(), button);
        fillServiceButton(button, service);
        button.addClickListener(click -> showPriorities(service));
        return button;
    }

    private Div noServiceFound() {
        String what = field == null ? query : query.isBlank() ? field : query + " · " + field;
        H2 message = new H2(getTranslation("kiosk.search.none", what.strip()));
        Span hint = new Span(getTranslation("kiosk.search.none.hint"));
        hint.addClassName("kiosk-no-result-hint");
        Button all = new Button(getTranslation("kiosk.search.show-all"), click -> {
            query = "";
            field = null;
            search.clear();
            restartIdle();
            renderResults();
        });
        all.addClassName("kiosk-show-all");
        Div box = new Div(message, hint, all);
        box.addClassName("kiosk-no-result");
        return box;
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
        services = port.services();
        for (ServiceChoice service : services) {
            Button button = serviceButtons.get(service.code());
            if (button != null) {
                fillServiceButton(button, service);
            }
        }
    }

    // Step 2: the priority.

    void showPriorities(ServiceChoice service) {
        restartIdle();
        clearBody();
        Span chosenLabel = new Span(getTranslation("kiosk.chosen"));
        chosenLabel.addClassName("kiosk-chosen-label");
        Span letter = new Span(service.letter());
        letter.addClassName("kiosk-letter");
        Span chosen = new Span(service.name());
        chosen.addClassName("kiosk-chosen");
        Div chosenRow = new Div(chosenLabel, letter, chosen);
        chosenRow.addClassName("kiosk-chosen-row");

        // One ticket per visit to this step, whatever reaches the server: a second tap, or a tap on another group.
        AtomicBoolean taken = new AtomicBoolean();
        Div groups = new Div();
        groups.addClassName("kiosk-priorities");
        Button ordinary = null;
        for (Priority priority : Priority.values()) {
            Button button = priorityButton(priority);
            button.addClickListener(click -> {
                if (taken.compareAndSet(false, true)) {
                    issue(service, priority);
                }
            });
            if (priority == Priority.NONE) {
                ordinary = button;
            } else {
                groups.add(button);
            }
        }
        Span hint = new Span(getTranslation("kiosk.priority.hint"));
        hint.addClassName("kiosk-priority-hint");
        body.add(stepTitle(getTranslation("kiosk.step.priority")), chosenRow, hint, groups, ordinary, backButton());
        guardNewStep();
    }

    private Button priorityButton(Priority priority) {
        Image pictogram = new Image(priority.pictogram(), "");
        pictogram.addClassName("kiosk-pictogram");
        Span label = new Span(getTranslation(priority.labelKey()));
        label.addClassName("kiosk-priority-label");
        Button button = new Button();
        button.getElement().appendChild(pictogram.getElement(), label.getElement());
        button.addClassNames("kiosk-priority", "priority-" + priority.key());
        // The browser disables the button at the first tap, before the second can be sent.
        button.setDisableOnClick(true);
        return button;
    }

    private Button backButton() {
        Button back = new Button(getTranslation("kiosk.back"), click -> showServices());
        back.addClassName("kiosk-back");
        return back;
    }

    private void issue(ServiceChoice service, Priority priority) {
        TicketReceipt receipt;
        try {
            receipt = port.issue(service.code(), priority);
        } catch (RuntimeException failed) {
            restartIdle();
            clearBody();
            H2 message = new H2(getTranslation("kiosk.issue.failed"));
            Div error = new Div(message);
            error.addClassName("kiosk-error");
            Button again = new Button(getTranslation("kiosk.back"), click -> showServices());
            again.addClassName("kiosk-back");
            body.add(error, again);
            guardNewStep();
            return;
        }
        showTicket(receipt);
        print(receipt);
    }

    // Step 3: the ticket.

    void showTicket(TicketReceipt receipt) {
        restartIdle();
        clearBody();
        Span label = new Span(getTranslation("kiosk.ticket.your-number"));
        label.addClassName("kiosk-number-label");
        Span number = new Span(receipt.number());
        number.addClassName("kiosk-number");
        Span service = new Span(receipt.serviceName());
        service.addClassName("kiosk-ticket-service");
        Div ticket = new Div(label, number, service);
        ticket.addClassName("kiosk-ticket");
        if (receipt.priority() != Priority.NONE) {
            Span priority = new Span(getTranslation("kiosk.ticket.priority", getTranslation(receipt.priority().labelKey())));
            priority.addClassName("kiosk-ticket-priority");
            ticket.add(priority);
        }
        Span ahead = new Span(getTranslation("kiosk.ticket.ahead", receipt.peopleAhead()));
        ahead.addClassName("kiosk-ahead");
        Span wait = new Span(getTranslation("kiosk.ticket.wait", receipt.estimatedWaitMinutes()));
        wait.addClassName("kiosk-wait");
        Span issued = new Span(getTranslation("kiosk.ticket.issued", TIME.format(receipt.issuedAt())));
        issued.addClassName("kiosk-issued");
        ticket.add(ahead, wait, issued);

        Image qr = new Image(QrCodeImage.svgDataUrl(receipt.trackingUrl()), getTranslation("kiosk.ticket.qr-alt"));
        qr.addClassName("kiosk-qr");
        Span qrHint = new Span(getTranslation("kiosk.ticket.qr-hint"));
        qrHint.addClassName("kiosk-qr-hint");
        Div qrBox = new Div(qr, qrHint);
        qrBox.addClassName("kiosk-qr-box");

        printStatus.setClassName("kiosk-print");
        printActions.setClassName("kiosk-actions");
        printActions.removeAll();
        Button done = new Button(getTranslation("kiosk.done"), click -> backToStart());
        done.addClassName("kiosk-done");
        Div side = new Div(qrBox, printStatus, printActions, done);
        side.addClassName("kiosk-ticket-side");
        Div layout = new Div(ticket, side);
        layout.addClassName("kiosk-ticket-step");
        body.add(layout);
        guardNewStep();
    }

    /** Prints off the request, so the number is on screen at once; the outcome replaces "printing" when it comes. */
    private void print(TicketReceipt receipt) {
        showPrintStatus("printing", getTranslation("kiosk.print.printing"));
        printActions.removeAll();
        UI ui = UI.getCurrent();
        long ticketStep = step;
        Thread.ofVirtual().name("kiosk-print-" + receipt.number()).start(() -> {
            PrintResult result;
            try {
                result = port.print(receipt.trackingCode());
            } catch (RuntimeException failed) {
                result = new PrintResult(false, Objects.requireNonNullElse(failed.getMessage(), failed.toString()));
            }
            PrintResult outcome = result;
            try {
                ui.access(() -> {
                    if (step == ticketStep) {
                        showPrinted(receipt, outcome);
                    }
                });
            } catch (UIDetachedException closed) {
                // The kiosk's browser went away; the ticket stays issued and the print outcome is logged by the server.
            }
        });
    }

    private void showPrinted(TicketReceipt receipt, PrintResult result) {
        restartIdle();
        printActions.removeAll();
        if (result.printed()) {
            showPrintStatus("ok", getTranslation("kiosk.print.ok"));
            return;
        }
        showPrintStatus("failed", getTranslation("kiosk.print.failed", result.problem()));
        Button reprint = new Button(getTranslation("kiosk.print.again"));
        reprint.addClassName("kiosk-reprint");
        reprint.setDisableOnClick(true);
        reprint.addClickListener(click -> print(receipt));
        printActions.add(reprint);
    }

    private void showPrintStatus(String state, String text) {
        printStatus.setText(text);
        printStatus.setClassName("kiosk-print " + state);
    }

    private void clearBody() {
        step++;
        body.removeAll();
        serviceButtons.clear();
    }

    private void guardNewStep() {
        body.getElement().executeJs(GUARD_NEW_STEP, TOUCH_GUARD.toMillis());
    }

    private static H2 stepTitle(String text) {
        H2 title = new H2(text);
        title.addClassName("kiosk-step");
        return title;
    }
}
