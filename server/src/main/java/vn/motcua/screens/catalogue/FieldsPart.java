package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.FieldsAndServices;
import vn.motcua.catalogue.FieldsAndServices.FieldDraft;
import vn.motcua.catalogue.ServiceField;
import vn.motcua.security.CurrentActor;

/** The fields (lĩnh vực) on /admin/services: add one, or rename and reorder one chosen in the table. */
class FieldsPart extends Div {

    private final Catalogue catalogue;
    private final FieldsAndServices editing;
    private final Runnable changed;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final IntegerField order = new IntegerField();
    private final AdminOutcome outcome = new AdminOutcome("field-result");
    private final Div table = new Div();
    /** The code of the field being changed; none while a new one is typed. */
    private String chosen;

    FieldsPart(Catalogue catalogue, FieldsAndServices editing, Runnable changed) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.changed = changed;
        code.setLabel(getTranslation("services.field.code"));
        code.setId("field-code");
        code.setMaxLength(30);
        name.setLabel(getTranslation("services.field.name"));
        name.setId("field-name");
        name.setMaxLength(200);
        name.setWidth("28em");
        order.setLabel(getTranslation("services.order"));
        order.setHelperText(getTranslation("services.order.help"));
        order.setId("field-order");
        Button save = new Button(getTranslation("services.save"), click -> save());
        save.setId("field-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("services.field.new"), click -> choose(null));
        fresh.setId("field-new");
        Div form = new Div(code, name, order, save, fresh, outcome);
        form.addClassName("admin-form");
        add(new H2(getTranslation("services.fields")), form, table);
        show();
    }

    private void save() {
        FieldDraft draft = new FieldDraft(code.getValue(), name.getValue(), order.getValue());
        boolean done = outcome.attempt(() -> {
            if (chosen == null) {
                editing.addField(draft, CurrentActor.get());
            } else {
                editing.changeField(chosen, draft, CurrentActor.get());
            }
        });
        if (done) {
            outcome.saved(getTranslation("services.field.saved", code.getValue().strip()));
            choose(null);
            show();
            changed.run();
        }
    }

    private void choose(ServiceField field) {
        chosen = field == null ? null : field.getCode();
        code.setValue(field == null ? "" : field.getCode());
        code.setReadOnly(field != null);
        name.setValue(field == null ? "" : field.getName());
        order.setValue(field == null ? null : field.getSortOrder());
    }

    private void show() {
        CatalogueTable rows = new CatalogueTable("fields-table", getTranslation("services.order"),
                getTranslation("services.field.code"), getTranslation("services.field.name"), "");
        for (ServiceField field : catalogue.fields()) {
            Button edit = new Button(getTranslation("services.edit"), click -> choose(field));
            edit.addClassName("field-edit");
            rows.row("field-row", field.getCode(), field.getSortOrder(), field.getCode(), field.getName(), edit);
        }
        table.removeAll();
        table.add(rows.table());
    }
}
