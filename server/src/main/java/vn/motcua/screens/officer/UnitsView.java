package vn.motcua.screens.officer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.i18n.Refusal;
import vn.motcua.screens.catalogue.AdminOutcome;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.officer.UnitRegister;
import vn.motcua.security.Accounts;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.UnitHeads;

/**
 * The admin keeps the units (code and name) and names each unit's head, an officer of that unit who answers jointly
 * for its late dossiers and dissatisfied ratings. Officers themselves are kept on the officers page.
 */
@RolesAllowed("ADMIN")
@Route("admin/units")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
@StyleSheet("styles/admin-people.css")
public class UnitsView extends Div implements HasDynamicTitle {

    private final UnitRegister register;
    private final UnitHeads heads;
    private final Officers officers;
    private final Accounts accounts;
    private final TextField code = new TextField(getTranslation("units.code"));
    private final TextField name = new TextField(getTranslation("units.name"));
    private final Button add = new Button(getTranslation("units.add"), click -> addUnit());
    private final Button save = new Button(getTranslation("units.save"), click -> saveUnit());
    private final Button cancel = new Button(getTranslation("units.cancel"), click -> editing(null));
    private final Select<Unit> headUnit = new Select<>();
    private final Select<Officer> headOfficer = new Select<>();
    private final AdminOutcome result = new AdminOutcome("units-result");
    private final Div table = new Div();
    private Long edited;

    public UnitsView(UnitRegister register, UnitHeads heads, Officers officers, Accounts accounts) {
        this.register = register;
        this.heads = heads;
        this.officers = officers;
        this.accounts = accounts;
        addClassNames("admin", "admin-people");
        code.setId("unit-code");
        code.setMaxLength(30);
        name.setId("unit-name");
        name.setMaxLength(200);
        name.setWidth("28em");
        add.setId("unit-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        cancel.setId("unit-cancel");
        Div unitForm = new Div(code, name, add, save, cancel);
        unitForm.addClassName("admin-form");
        headUnit.setLabel(getTranslation("units.head-unit"));
        headUnit.setId("head-unit");
        headUnit.setItemLabelGenerator(Unit::label);
        headUnit.setWidth("24em");
        // Every officer who works here, with their unit: choosing one of another unit is refused in words.
        headOfficer.setLabel(getTranslation("units.head-officer"));
        headOfficer.setId("head-officer");
        headOfficer.setItemLabelGenerator(officer -> officer.label() + " (" + officer.getUnit().getCode() + ")");
        headOfficer.setWidth("28em");
        Button appoint = new Button(getTranslation("units.appoint"), click -> appoint());
        appoint.setId("head-appoint");
        appoint.addThemeVariants(ButtonVariant.PRIMARY);
        Div headForm = new Div(headUnit, headOfficer, appoint);
        headForm.addClassName("admin-form");
        result.addClassName("admin-result");
        Anchor toOfficers = new Anchor("/admin/officers", getTranslation("home.officers"));
        toOfficers.setId("units-link-officers");
        Div links = new Div(toOfficers);
        links.addClassName("admin-links");
        add(new H1(getTranslation("units.title")), new Paragraph(getTranslation("units.hint")), links, unitForm,
                headForm, result, new H2(getTranslation("units.list")), table);
        editing(null);
    }

    private void addUnit() {
        said(() -> {
            Unit unit = register.add(code.getValue(), name.getValue(), CurrentActor.get());
            editing(null);
            return getTranslation("units.added", unit.label());
        });
    }

    private void saveUnit() {
        said(() -> {
            register.change(edited, code.getValue(), name.getValue(), CurrentActor.get());
            editing(null);
            return getTranslation("units.saved");
        });
    }

    private void appoint() {
        said(() -> {
            Unit unit = headUnit.getValue();
            Officer officer = headOfficer.getValue();
            if (unit == null || officer == null) {
                throw new Refusal("problem.officer.unknown-unit");
            }
            Optional<String> password = heads.appoint(unit.getId(), officer.getId(), CurrentActor.get());
            show();
            return password.map(given -> getTranslation("units.appointed-new-account", officer.label(), unit.label(),
                    officer.getCode(), given)).orElse(getTranslation("units.appointed", officer.label(), unit.label()));
        });
    }

    /** Fills the unit form with a unit to correct, or empties it to add one (null). */
    private void editing(Unit unit) {
        edited = unit == null ? null : unit.getId();
        code.setValue(unit == null ? "" : unit.getCode());
        name.setValue(unit == null ? "" : unit.getName());
        add.setVisible(unit == null);
        save.setVisible(unit != null);
        cancel.setVisible(unit != null);
        show();
    }

    private void show() {
        List<Unit> units = officers.units();
        List<Officer> everyone = officers.all();
        List<Officer> working = everyone.stream().filter(officer -> officer.getLeftOn().isEmpty()).toList();
        headUnit.setItems(units);
        headOfficer.setItems(working);
        Map<Long, Long> headIds = accounts.heads();
        NativeTable rows = new NativeTable();
        rows.setId("units");
        rows.addClassName("slip-table");
        NativeTableRow header = rows.getHead().addRow();
        for (String key : List.of("units.code", "units.name", "units.head", "units.officers")) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        header.addHeaderCell();
        for (Unit unit : units) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("unit-row");
            row.getElement().setAttribute("data-code", unit.getCode());
            row.addDataCell().setText(unit.getCode());
            row.addDataCell().setText(unit.getName());
            Long head = headIds.get(unit.getId());
            row.addDataCell().setText(everyone.stream().filter(officer -> officer.getId().equals(head)).findFirst()
                    .map(Officer::label).orElse(getTranslation("units.no-head")));
            row.addDataCell().setText(String.valueOf(working.stream()
                    .filter(officer -> officer.getUnit().getId().equals(unit.getId())).count()));
            Button edit = new Button(getTranslation("units.edit"), click -> editing(unit));
            edit.addClassName("unit-edit");
            row.addDataCell().add(edit);
        }
        table.removeAll();
        table.add(rows);
    }

    /** Shows what was done, or why it was refused, in words. */
    private void said(Supplier<String> outcome) {
        try {
            String words = outcome.get();
            if (words != null) {
                result.saved(words);
            }
        } catch (Refusal refused) {
            result.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
