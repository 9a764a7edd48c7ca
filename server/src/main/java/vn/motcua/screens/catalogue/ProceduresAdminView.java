package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CenterService;
import vn.motcua.catalogue.LegalTime;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.ProcedureCatalogue.ProcedureDraft;
import vn.motcua.catalogue.ServiceField;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.CurrentActor;

/**
 * The admin keeps the procedure catalogue: code, name, field, the kiosk service it is queued under, legal time, fee,
 * papers and steps. A duplicate code or a legal time of zero is refused in words; every change is audited.
 */
@RolesAllowed("ADMIN")
@Route("admin/procedures")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/catalogue-admin.css")
public class ProceduresAdminView extends Div implements HasDynamicTitle {

    private final Catalogue catalogue;
    private final ProcedureCatalogue editing;
    private final Map<String, Long> unitIds;
    private final Map<Long, String> unitCodes;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<ServiceField> field = new ComboBox<>();
    private final ComboBox<CenterService> service = new ComboBox<>();
    private final Select<LegalTimeUnit> unit = new Select<>();
    private final IntegerField amount = new IntegerField();
    private final IntegerField fee = new IntegerField();
    private final TextField feeNote = new TextField();
    private final Checkbox onTheSpot = new Checkbox();
    private final TextArea papers = new TextArea();
    private final TextArea steps = new TextArea();
    private final AdminOutcome outcome = new AdminOutcome("procedure-result");
    private final Div table = new Div();
    /** The code of the procedure being changed; none while a new one is typed. */
    private String chosen;

    public ProceduresAdminView(Catalogue catalogue, ProcedureCatalogue editing, Officers officers) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.unitIds = officers.units().stream().collect(Collectors.toMap(Unit::getCode, Unit::getId));
        this.unitCodes = officers.units().stream().collect(Collectors.toMap(Unit::getId, Unit::getCode));
        addClassNames("admin", "catalogue-admin");
        text(code, "code", 40, "14em");
        text(name, "name", 500, "40em");
        field.setLabel(getTranslation("procedures.field"));
        field.setId("procedure-field");
        field.setItems(catalogue.fields());
        field.setItemLabelGenerator(ServiceField::getName);
        field.setWidth("22em");
        service.setLabel(getTranslation("procedures.service"));
        service.setHelperText(getTranslation("procedures.service.help"));
        service.setId("procedure-service");
        service.setItems(catalogue.offered());
        service.setItemLabelGenerator(s -> s.getLetter() + " · " + s.getName());
        service.setClearButtonVisible(true);
        service.setWidth("22em");
        unit.setLabel(getTranslation("procedures.unit"));
        unit.setId("procedure-unit");
        unit.setItems(LegalTimeUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("procedures.unit." + u.name()));
        unit.setValue(LegalTimeUnit.WORKING_DAYS);
        amount.setLabel(getTranslation("procedures.amount"));
        amount.setHelperText(getTranslation("procedures.amount.help"));
        amount.setId("procedure-amount");
        fee.setLabel(getTranslation("procedures.fee"));
        fee.setHelperText(getTranslation("procedures.fee.help"));
        fee.setId("procedure-fee");
        text(feeNote, "fee-note", 500, "24em");
        onTheSpot.setLabel(getTranslation("procedures.on-the-spot"));
        onTheSpot.setId("procedure-on-the-spot");
        papers.setLabel(getTranslation("procedures.papers"));
        papers.setHelperText(getTranslation("procedures.papers.help"));
        papers.setId("procedure-papers");
        steps.setLabel(getTranslation("procedures.steps"));
        steps.setHelperText(getTranslation("procedures.steps.help"));
        steps.setId("procedure-steps");
        Button save = new Button(getTranslation("services.save"), click -> save());
        save.setId("procedure-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button fresh = new Button(getTranslation("procedures.new"), click -> choose(null));
        fresh.setId("procedure-new");
        Div form = new Div(code, name, field, service, unit, amount, fee, feeNote, onTheSpot, papers, steps, save,
                fresh, outcome);
        form.addClassName("admin-form");
        add(new H1(getTranslation("procedures.title")), new Paragraph(getTranslation("procedures.hint")), form,
                new H2(getTranslation("procedures.list")), table);
        show();
    }

    private void text(TextField text, String name, int most, String width) {
        text.setLabel(getTranslation("procedures." + name));
        text.setId("procedure-" + name);
        text.setMaxLength(most);
        text.setWidth(width);
    }

    private void save() {
        boolean done = outcome.attempt(() -> {
            ProcedureDraft draft = new ProcedureDraft(code.getValue(), name.getValue(),
                    field.getValue() == null ? null : field.getValue().getCode(),
                    service.getValue() == null ? null : service.getValue().getCode(), unit.getValue(),
                    unit.getValue() == LegalTimeUnit.SAME_DAY ? Integer.valueOf(0) : amount.getValue(),
                    fee.getValue() == null ? null : fee.getValue().longValue(), feeNote.getValue(),
                    onTheSpot.getValue(), ProcedureLines.papers(papers.getValue()),
                    ProcedureLines.steps(steps.getValue(), unitIds));
            if (chosen == null) {
                editing.add(draft, CurrentActor.get());
            } else {
                editing.change(chosen, draft, CurrentActor.get());
            }
        });
        if (done) {
            outcome.saved(getTranslation("procedures.saved", code.getValue().strip()));
            choose(null);
            show();
        }
    }

    private void choose(Procedure procedure) {
        chosen = procedure == null ? null : procedure.getCode();
        code.setValue(procedure == null ? "" : procedure.getCode());
        code.setReadOnly(procedure != null);
        name.setValue(procedure == null ? "" : procedure.getName());
        field.setValue(procedure == null ? null : field.getListDataView().getItems()
                .filter(f -> f.getId().equals(procedure.getField().getId())).findFirst().orElse(null));
        Long serviceId = procedure == null ? null : procedure.getService().map(CenterService::getId).orElse(null);
        service.setValue(service.getListDataView().getItems().filter(s -> s.getId().equals(serviceId)).findFirst()
                .orElse(null));
        unit.setValue(procedure == null ? LegalTimeUnit.WORKING_DAYS : procedure.getLegalTime().unit());
        amount.setValue(procedure == null ? null : procedure.getLegalTime().amount());
        fee.setValue(procedure == null ? null : procedure.getFeeVnd().map(Long::intValue).orElse(null));
        feeNote.setValue(procedure == null ? "" : procedure.getFeeNote().orElse(""));
        onTheSpot.setValue(procedure != null && procedure.isOnTheSpot());
        papers.setValue(procedure == null ? "" : ProcedureLines.papersText(procedure.getDocuments()));
        steps.setValue(procedure == null ? "" : ProcedureLines.stepsText(procedure.getSteps(), unitCodes));
    }

    private void show() {
        CatalogueTable rows = new CatalogueTable("procedures-table", getTranslation("procedures.code"),
                getTranslation("procedures.name"), getTranslation("procedures.field"),
                getTranslation("procedures.service"), getTranslation("procedures.time"),
                getTranslation("procedures.fee"), "");
        for (Procedure procedure : catalogue.procedures()) {
            Button edit = new Button(getTranslation("services.edit"), click -> choose(procedure));
            edit.addClassName("procedure-edit");
            rows.row("procedure-row", procedure.getCode(), procedure.getCode(), procedure.getName(),
                    procedure.getField().getName(), procedure.getService().map(CenterService::getName).orElse(""),
                    time(procedure.getLegalTime()),
                    procedure.getFeeVnd().map(vnd -> getTranslation("procedures.fee.vnd", vnd)).orElse(""), edit);
        }
        table.removeAll();
        table.add(rows.table());
    }

    private String time(LegalTime time) {
        return time.unit() == LegalTimeUnit.SAME_DAY ? getTranslation("procedures.unit.SAME_DAY")
                : time.amount() + " " + getTranslation("procedures.unit." + time.unit().name()).toLowerCase(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procedures.title");
    }
}
