package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.kiosk.KioskPort.ServiceChoice;

/**
 * Step 1, the service: every service grouped by field, a search that forgives a keyboard without Vietnamese marks,
 * one button per field, and each service's waiting count kept live while the step is shown.
 */
final class ServiceStep {

    private final KioskView kiosk;
    private final Div layout;
    private final Div results = new Div();
    private final TextField search = new TextField();
    private final Button clearSearch = new Button();
    private final Nav fieldFilters = new Nav();

    /** The services the step shows, with their waiting counts as last read. */
    private List<ServiceChoice> services = List.of();
    private final Map<String, Button> serviceButtons = new LinkedHashMap<>();
    private String query = "";
    private String field;

    ServiceStep(KioskView kiosk) {
        this.kiosk = kiosk;
        results.addClassName("kiosk-results");
        buildSearch();
        Div searchRow = new Div(search, clearSearch);
        searchRow.addClassName("kiosk-search-row");
        Div finder = new Div(searchRow, fieldFilters);
        finder.addClassName("kiosk-finder");
        layout = new Div(finder, results);
        layout.addClassName("kiosk-services-step");
    }

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
                kiosk.restartIdle();
                renderResults();
            }
        });
        clearSearch.addClassName("kiosk-search-clear");
        clearSearch.addClickListener(click -> {
            query = "";
            search.clear();
            kiosk.restartIdle();
            renderResults();
        });
        fieldFilters.addClassName("kiosk-field-filters");
    }

    /** Shows the step from its start: no search, no field chosen, the waiting counts read afresh. */
    void showIn(HasComponents body) {
        query = "";
        field = null;
        search.clear();
        search.setPlaceholder(text("kiosk.search.placeholder"));
        search.setAriaLabel(text("kiosk.search.label"));
        clearSearch.setText(text("kiosk.search.clear"));
        services = kiosk.port().services();
        body.add(KioskView.stepTitle(text("kiosk.step.service")), layout);
        renderResults();
    }

    /** Redraws the field buttons and the services that match the search and the chosen field. */
    private void renderResults() {
        clearSearch.setVisible(!query.isBlank());
        fieldFilters.removeAll();
        fieldFilters.add(fieldFilter(text("kiosk.fields.all"), null));
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
            kiosk.restartIdle();
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
        button.addClickListener(click -> kiosk.showPriorities(service));
        return button;
    }

    private Div noServiceFound() {
        String what = field == null ? query : query.isBlank() ? field : query + " · " + field;
        H2 message = new H2(text("kiosk.search.none", what.strip()));
        Span hint = new Span(text("kiosk.search.none.hint"));
        hint.addClassName("kiosk-no-result-hint");
        Button all = new Button(text("kiosk.search.show-all"), click -> {
            query = "";
            field = null;
            search.clear();
            kiosk.restartIdle();
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
        Span waiting = new Span(text("kiosk.waiting", service.waiting()));
        waiting.addClassName("kiosk-waiting");
        button.getElement().removeAllChildren();
        button.getElement().appendChild(letter.getElement(), name.getElement(), waiting.getElement());
    }

    /** The queue changed: the buttons shown get their new waiting counts; another step shown needs nothing. */
    void refreshWaitingCounts() {
        if (layout.getParent().isEmpty() || serviceButtons.isEmpty()) {
            return;
        }
        List<ServiceChoice> before = services;
        services = kiosk.port().services();
        if (!sameButtons(before, services)) {
            // An admin added, renamed or retired a service: the buttons themselves change.
            renderResults();
            return;
        }
        for (ServiceChoice service : services) {
            Button button = serviceButtons.get(service.code());
            if (button != null) {
                fillServiceButton(button, service);
            }
        }
    }

    private static boolean sameButtons(List<ServiceChoice> before, List<ServiceChoice> now) {
        return before.stream().map(s -> List.of(s.code(), s.name(), s.letter(), s.fieldName())).toList()
                .equals(now.stream().map(s -> List.of(s.code(), s.name(), s.letter(), s.fieldName())).toList());
    }

    private String text(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
