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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.i18n.Refusal;
import vn.motcua.screens.catalogue.AdminOutcome;
import vn.motcua.officer.Employment;
import vn.motcua.officer.Officer;
import vn.motcua.officer.OfficerRoster;
import vn.motcua.officer.OfficerRoster.Entry;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.AccountAdmin;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.Role;
import vn.motcua.security.UserAccount;

/**
 * The admin keeps the officers in one place: adds and corrects them, moves them to another unit, marks those who left
 * (never deletes: every record keeps their name), and gives each an account or a new password, shown once.
 */
@RolesAllowed("ADMIN")
@Route("admin/officers")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
@StyleSheet("styles/admin-people.css")
public class OfficersView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OfficerRoster roster;
    private final Officers officers;
    private final AccountAdmin accounts;
    private final TextField code = new TextField(getTranslation("officers.code"));
    private final TextField name = new TextField(getTranslation("officers.name"));
    private final TextField title = new TextField(getTranslation("officers.job-title"));
    private final Select<Unit> unit = new Select<>();
    private final Select<Employment> employment = new Select<>();
    private final Button add = new Button(getTranslation("officers.add"), click -> addOfficer());
    private final Button save = new Button(getTranslation("officers.save"), click -> saveOfficer());
    private final Button cancel = new Button(getTranslation("officers.cancel"), click -> editing(null));
    private final AdminOutcome result = new AdminOutcome("officers-result");
    private final Div table = new Div();
    private Long edited;

    public OfficersView(OfficerRoster roster, Officers officers, AccountAdmin accounts) {
        this.roster = roster;
        this.officers = officers;
        this.accounts = accounts;
        addClassNames("admin", "admin-people");
        code.setId("officer-code");
        code.setMaxLength(30);
        name.setId("officer-name");
        name.setMaxLength(120);
        title.setId("officer-title");
        title.setMaxLength(120);
        title.setWidth("22em");
        unit.setLabel(getTranslation("officers.unit"));
        unit.setId("officer-unit");
        unit.setItemLabelGenerator(Unit::label);
        unit.setWidth("22em");
        employment.setId("officer-employment");
        employment.setLabel(getTranslation("officers.employment"));
        employment.setItems(Employment.values());
        employment.setItemLabelGenerator(kind -> getTranslation("employment." + kind.name()));
        add.setId("officer-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("officer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        cancel.setId("officer-cancel");
        result.addClassName("admin-result");
        Div form = new Div(code, name, title, unit, employment, add, save, cancel);
        form.addClassName("admin-form");
        Anchor toUnits = new Anchor("/admin/units", getTranslation("home.units"));
        toUnits.setId("officers-link-units");
        Div links = new Div(toUnits);
        links.addClassName("admin-links");
        add(new H1(getTranslation("officers.title")), new Paragraph(getTranslation("officers.hint")), links, form,
                result, new H2(getTranslation("officers.list")), table);
        editing(null);
    }

    private void addOfficer() {
        said(() -> {
            Officer officer = roster.add(entry(), CurrentActor.get());
            editing(null);
            return getTranslation("officers.added", officer.label());
        });
    }

    private void saveOfficer() {
        said(() -> {
            roster.change(edited, entry(), CurrentActor.get());
            editing(null);
            return getTranslation("officers.saved");
        });
    }

    private Entry entry() {
        return new Entry(code.getValue(), name.getValue(), title.getValue(),
                unit.getValue() == null ? null : unit.getValue().getId(), employment.getValue());
    }

    /** Fills the form with an officer to correct or move (their code stays), or empties it to add one (null). */
    private void editing(Officer officer) {
        edited = officer == null ? null : officer.getId();
        List<Unit> units = officers.units();
        unit.setItems(units);
        code.setValue(officer == null ? "" : officer.getCode());
        code.setReadOnly(officer != null);
        name.setValue(officer == null ? "" : officer.getFullName());
        title.setValue(officer == null || officer.getTitle() == null ? "" : officer.getTitle());
        // The list's own item: a unit is an entity without equals, so the officer's copy would match nothing.
        unit.setValue(officer == null ? null : units.stream().filter(each -> each.getId().equals(officer.getUnit()
                .getId())).findFirst().orElse(null));
        employment.setValue(officer == null ? Employment.CIVIL_SERVANT : officer.getEmployment());
        add.setVisible(officer == null);
        save.setVisible(officer != null);
        cancel.setVisible(officer != null);
        show();
    }

    private void show() {
        Map<Long, UserAccount> byOfficer = accounts.accounts().stream().filter(a -> a.getOfficerId() != null)
                .collect(Collectors.toMap(UserAccount::getOfficerId, Function.identity(), (first, second) -> first));
        NativeTable rows = new NativeTable();
        rows.setId("officers");
        rows.addClassName("slip-table");
        NativeTableRow header = rows.getHead().addRow();
        for (String key : List.of("officers.code", "officers.name", "officers.job-title", "officers.unit",
                "officers.employment", "officers.state", "officers.account")) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        header.addHeaderCell();
        for (Officer officer : officers.all()) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("officer-row");
            row.getElement().setAttribute("data-code", officer.getCode());
            row.addDataCell().setText(officer.getCode());
            row.addDataCell().setText(officer.getFullName());
            row.addDataCell().setText(officer.getTitle() == null ? "" : officer.getTitle());
            row.addDataCell().setText(officer.getUnit().label());
            row.addDataCell().setText(getTranslation("employment." + officer.getEmployment().name()));
            row.addDataCell().setText(officer.getLeftOn().map(day -> getTranslation("officers.left", DAY.format(day)))
                    .orElse(getTranslation("officers.working")));
            UserAccount account = byOfficer.get(officer.getId());
            row.addDataCell().setText(account == null ? getTranslation("officers.no-account")
                    : getTranslation("officers.account-words", account.getUsername(),
                            getTranslation("role." + account.getRole().name()),
                            getTranslation(account.isEnabled() ? "accounts.enabled" : "accounts.disabled")));
            row.addDataCell().add(actions(officer, account));
        }
        table.removeAll();
        table.add(rows);
    }

    private Div actions(Officer officer, UserAccount account) {
        Div actions = new Div(button("officer-edit", "officers.edit", () -> {
            editing(officer);
            return null;
        }));
        actions.addClassName("admin-row-actions");
        boolean working = officer.getLeftOn().isEmpty();
        if (working && account == null) {
            actions.add(button("officer-account", "officers.create-account", () -> getTranslation(
                    "accounts.new-password", officer.getCode(), accounts.create(null, Role.OFFICER, officer.getId(),
                            null, CurrentActor.get()))));
        }
        if (working && account != null) {
            actions.add(button("officer-reset", "officers.reset-password", () -> getTranslation(
                    "accounts.new-password", account.getUsername(), accounts.resetPassword(account.getUsername(),
                            CurrentActor.get()))));
        }
        if (working) {
            Button leave = button("officer-leave", "officers.leave", () -> {
                roster.leave(officer.getId(), CurrentActor.get());
                return getTranslation("officers.left-saved", officer.label());
            });
            leave.addClassName("admin-danger");
            actions.add(leave);
        }
        return actions;
    }

    /** A row's button: its act's words (null: nothing to say) go to the result line, the table is redrawn. */
    private Button button(String className, String key, Supplier<String> act) {
        Button button = new Button(getTranslation(key), click -> said(() -> {
            String words = act.get();
            show();
            return words;
        }));
        button.addClassName(className);
        return button;
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
        return getTranslation("officers.title");
    }
}
