package vn.motcua.screens.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CenterService;
import vn.motcua.queue.Counter;
import vn.motcua.queue.CounterSetup;
import vn.motcua.queue.CounterSetup.CounterDraft;
import vn.motcua.queue.Counters;
import vn.motcua.screens.catalogue.AdminOutcome;
import vn.motcua.screens.catalogue.CatalogueTable;
import vn.motcua.security.CurrentActor;

/**
 * The admin adds counters and sets the services each serves, in order: call next takes the first service's tickets
 * first. A counter with no service or a number already used is refused in words; every change is audited.
 */
@RolesAllowed("ADMIN")
@Route("admin/counters")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/catalogue-admin.css")
public class CountersAdminView extends Div implements HasDynamicTitle {

    private final Counters counters;
    private final CounterSetup setup;
    private final Map<String, CenterService> services;
    private final IntegerField number = new IntegerField();
    private final TextField name = new TextField();
    private final Div chosenServices = new Div();
    private final ComboBox<CenterService> another = new ComboBox<>();
    private final AdminOutcome outcome = new AdminOutcome("counter-result");
    private final Div table = new Div();
    /** The services of the counter being set, the preferred first. */
    private final List<String> serving = new ArrayList<>();
    /** The number of the counter being changed; none while a new one is typed. */
    private Integer chosen;

    public CountersAdminView(Counters counters, CounterSetup setup, Catalogue catalogue) {
        this.counters = counters;
        this.setup = setup;
        this.services = catalogue.services().stream()
                .collect(Collectors.toMap(CenterService::getCode, Function.identity()));
        addClassNames("admin", "catalogue-admin");
        number.setLabel(getTranslation("counters.number"));
        number.setId("counter-number");
        number.setMin(1);
        number.setMax(999);
        name.setLabel(getTranslation("counters.name"));
        name.setId("counter-name");
        name.setMaxLength(100);
        name.setWidth("20em");
        chosenServices.setId("counter-services");
        chosenServices.addClassName("counter-chosen");
        another.setLabel(getTranslation("counters.add-service"));
        another.setId("counter-add-service");
        another.setItems(catalogue.offered());
        another.setItemLabelGenerator(s -> s.getLetter() + " · " + s.getName());
        another.setWidth("24em");
        Button add = new Button(getTranslation("counters.add"), click -> {
            if (another.getValue() != null && !serving.contains(another.getValue().getCode())) {
                serving.add(another.getValue().getCode());
                another.clear();
                showServing();
            }
        });
        add.setId("counter-add");
        Button save = new Button(getTranslation("services.save"), click -> save());
        save.setId("counter-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("counters.new"), click -> choose(null));
        fresh.setId("counter-new");
        Div form = new Div(number, name, new Div(new Span(getTranslation("counters.services")), chosenServices),
                another, add, save, fresh, outcome);
        form.addClassName("admin-form");
        add(new H1(getTranslation("counters.title")), new Paragraph(getTranslation("counters.hint")), form,
                new H2(getTranslation("counters.list")), table);
        showServing();
        show();
    }

    private void save() {
        CounterDraft draft = new CounterDraft(number.getValue(), name.getValue(), List.copyOf(serving));
        Integer saved = number.getValue();
        if (outcome.attempt(() -> {
            if (chosen == null) {
                setup.add(draft, CurrentActor.get());
            } else {
                setup.change(chosen, draft, CurrentActor.get());
            }
        })) {
            outcome.saved(getTranslation("counters.saved", saved));
            choose(null);
            show();
        }
    }

    private void choose(Counter counter) {
        chosen = counter == null ? null : counter.getNumber();
        number.setValue(chosen);
        number.setReadOnly(counter != null);
        name.setValue(counter == null ? "" : counter.getName());
        serving.clear();
        if (counter != null) {
            serving.addAll(setup.serviceCodes(counter));
        }
        showServing();
    }

    /** The services chosen, each with buttons to move it up or down the order or take it away. */
    private void showServing() {
        chosenServices.removeAll();
        for (int i = 0; i < serving.size(); i++) {
            int at = i;
            String code = serving.get(i);
            Button up = new Button("↑", click -> move(at, at - 1));
            up.addClassName("counter-service-up");
            up.setEnabled(at > 0);
            up.setAriaLabel(getTranslation("counters.up"));
            Button down = new Button("↓", click -> move(at, at + 1));
            down.addClassName("counter-service-down");
            down.setEnabled(at < serving.size() - 1);
            down.setAriaLabel(getTranslation("counters.down"));
            Button remove = new Button(getTranslation("counters.remove"), click -> {
                serving.remove(at);
                showServing();
            });
            remove.addClassName("counter-service-remove");
            Div row = new Div(new Span((at + 1) + ". " + words(code)), up, down, remove);
            row.addClassName("counter-service-row");
            row.getElement().setAttribute("data-code", code);
            chosenServices.add(row);
        }
        if (serving.isEmpty()) {
            chosenServices.add(new Span(getTranslation("counters.none")));
        }
    }

    private void move(int from, int to) {
        Collections.swap(serving, from, to);
        showServing();
    }

    private String words(String code) {
        CenterService service = services.get(code);
        return service == null ? code : service.getLetter() + " · " + service.getName();
    }

    private void show() {
        CatalogueTable rows = new CatalogueTable("counters-table", getTranslation("counters.number"),
                getTranslation("counters.name"), getTranslation("counters.services"), "");
        for (Counter counter : counters.all()) {
            OrderedList served = new OrderedList();
            served.addClassName("catalogue-lines");
            setup.serviceCodes(counter).forEach(code -> served.add(new ListItem(words(code))));
            Button edit = new Button(getTranslation("services.edit"), click -> choose(counter));
            edit.addClassName("counter-edit");
            rows.row("counter-row", String.valueOf(counter.getNumber()), counter.getNumber(), counter.getName(),
                    served, edit);
        }
        table.removeAll();
        table.add(rows.table());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counters.title");
    }
}
