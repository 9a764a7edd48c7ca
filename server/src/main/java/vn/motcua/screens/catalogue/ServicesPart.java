package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CenterService;
import vn.motcua.catalogue.FieldsAndServices;
import vn.motcua.catalogue.FieldsAndServices.ServiceDraft;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ServiceField;
import vn.motcua.security.CurrentActor;

/**
 * The services on /admin/services: add one with its ticket letter and field, change one chosen in the table, retire
 * it (the kiosk stops offering it, its tickets stay) or offer it again. Each row lists the procedures it serves.
 */
class ServicesPart extends Div {

    private final Catalogue catalogue;
    private final FieldsAndServices editing;
    private final TextField code = new TextField();
    private final TextField letter = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<ServiceField> field = new ComboBox<>();
    private final IntegerField order = new IntegerField();
    private final AdminOutcome outcome = new AdminOutcome("service-result");
    private final Div table = new Div();
    /** The code of the service being changed; none while a new one is typed. */
    private String chosen;

    ServicesPart(Catalogue catalogue, FieldsAndServices editing) {
        this.catalogue = catalogue;
        this.editing = editing;
        code.setLabel(getTranslation("services.service.code"));
        code.setId("service-code");
        code.setMaxLength(30);
        letter.setLabel(getTranslation("services.letter"));
        letter.setHelperText(getTranslation("services.letter.help"));
        letter.setId("service-letter");
        letter.setMaxLength(3);
        name.setLabel(getTranslation("services.service.name"));
        name.setId("service-name");
        name.setMaxLength(200);
        name.setWidth("28em");
        field.setLabel(getTranslation("services.field"));
        field.setId("service-field");
        field.setItemLabelGenerator(ServiceField::getName);
        field.setWidth("22em");
        order.setLabel(getTranslation("services.order"));
        order.setHelperText(getTranslation("services.order.help"));
        order.setId("service-order");
        Button save = new Button(getTranslation("services.save"), click -> save());
        save.setId("service-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("services.service.new"), click -> choose(null));
        fresh.setId("service-new");
        Div form = new Div(code, letter, name, field, order, save, fresh, outcome);
        form.addClassName("admin-form");
        add(new H2(getTranslation("services.services")), form, table);
        fieldsChanged();
    }

    /** The fields were changed above: the choice of field and the table's field names follow. */
    void fieldsChanged() {
        ServiceField kept = field.getValue();
        List<ServiceField> fields = catalogue.fields();
        field.setItems(fields);
        if (kept != null) {
            fields.stream().filter(f -> f.getId().equals(kept.getId())).findFirst().ifPresent(field::setValue);
        }
        show();
    }

    private void save() {
        ServiceDraft draft = new ServiceDraft(code.getValue(), name.getValue(), letter.getValue(),
                field.getValue() == null ? null : field.getValue().getCode(), order.getValue());
        boolean done = outcome.attempt(() -> {
            if (chosen == null) {
                editing.addService(draft, CurrentActor.get());
            } else {
                editing.changeService(chosen, draft, CurrentActor.get());
            }
        });
        if (done) {
            outcome.saved(getTranslation("services.service.saved", code.getValue().strip()));
            choose(null);
            show();
        }
    }

    private void retire(CenterService service) {
        if (outcome.attempt(() -> {
            if (service.isRetired()) {
                editing.reinstate(service.getCode(), CurrentActor.get());
            } else {
                editing.retire(service.getCode(), CurrentActor.get());
            }
        })) {
            outcome.saved(getTranslation(service.isRetired() ? "services.reinstated" : "services.retired",
                    service.getCode()));
            show();
        }
    }

    private void choose(CenterService service) {
        chosen = service == null ? null : service.getCode();
        code.setValue(service == null ? "" : service.getCode());
        code.setReadOnly(service != null);
        letter.setValue(service == null ? "" : service.getLetter());
        name.setValue(service == null ? "" : service.getName());
        field.setValue(service == null ? null : field.getListDataView().getItems()
                .filter(f -> f.getId().equals(service.getField().getId())).findFirst().orElse(null));
        order.setValue(service == null ? null : service.getSortOrder());
    }

    private void show() {
        Map<Long, List<Procedure>> served = catalogue.procedures().stream().filter(p -> p.getService().isPresent())
                .collect(Collectors.groupingBy(p -> p.getService().orElseThrow().getId()));
        CatalogueTable rows = new CatalogueTable("services-table", getTranslation("services.order"),
                getTranslation("services.letter"), getTranslation("services.service.code"),
                getTranslation("services.service.name"), getTranslation("services.field"),
                getTranslation("services.procedures"), getTranslation("services.state"), "");
        for (CenterService service : catalogue.services()) {
            UnorderedList procedures = new UnorderedList();
            procedures.addClassName("catalogue-lines");
            served.getOrDefault(service.getId(), List.of())
                    .forEach(p -> procedures.add(new ListItem(p.getCode() + " " + p.getName())));
            Button edit = new Button(getTranslation("services.edit"), click -> choose(service));
            edit.addClassName("service-edit");
            Button retire = new Button(getTranslation(service.isRetired() ? "services.reinstate" : "services.retire"),
                    click -> retire(service));
            retire.addClassName(service.isRetired() ? "service-reinstate" : "service-retire");
            rows.row("service-row", service.getCode(), service.getSortOrder(), service.getLetter(), service.getCode(),
                    service.getName(), service.getField().getName(), procedures,
                    getTranslation(service.isRetired() ? "services.state.retired" : "services.state.offered"),
                    new Div(edit, retire)).setClassName("retired", service.isRetired());
        }
        table.removeAll();
        table.add(rows.table());
    }
}
