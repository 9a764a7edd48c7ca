package vn.motcua.screens.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.security.Role;
import vn.motcua.security.UserAccount;
import vn.motcua.security.CurrentActor;
import vn.motcua.security.AccountAdmin;
import vn.motcua.i18n.Refusal;
import jakarta.annotation.security.RolesAllowed;

/** The admin's accounts: create one per officer (and for managers), reset a forgotten password, lock a leaver. */
@RolesAllowed("ADMIN")
@Route("admin/accounts")
@StyleSheet("styles/admin.css")
public class AccountsView extends Div implements HasDynamicTitle {

    private final AccountAdmin admin;
    private final Select<Role> role = new Select<>();
    private final Select<Officer> officer = new Select<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Span result = new Span();
    private final Grid<UserAccount> grid = new Grid<>();

    public AccountsView(AccountAdmin admin, Officers officers) {
        this.admin = admin;
        addClassName("admin");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.OFFICER);
        role.setId("account-role");
        officer.setLabel(getTranslation("accounts.officer"));
        officer.setItems(officers.working());
        officer.setItemLabelGenerator(o -> o.getCode() + " – " + o.getFullName());
        officer.setId("account-officer");
        username.setLabel(getTranslation("accounts.username"));
        username.setId("account-username");
        password.setLabel(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.password-hint", AccountAdmin.MIN_PASSWORD));
        role.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        showFieldsFor(Role.OFFICER);
        Button create = new Button(getTranslation("accounts.create"), click -> create());
        create.setId("account-create");
        result.setId("account-result");
        Div form = new Div(role, officer, username, password, create, result);
        form.addClassName("admin-form");

        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("accounts.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("accounts.full-name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.getRole().name())).setHeader(getTranslation("accounts.role"));
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.state"));
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("accounts.title")), form, new H2(getTranslation("accounts.list")), grid);
        refresh();
    }

    private void showFieldsFor(Role chosen) {
        boolean serves = chosen == Role.OFFICER || chosen == Role.UNIT_HEAD;
        officer.setVisible(serves);
        username.setVisible(!serves);
    }

    private Div actions(UserAccount account) {
        Button reset = new Button(getTranslation("accounts.reset"), click -> act(() -> getTranslation(
                "accounts.new-password", account.getUsername(), admin.resetPassword(account.getUsername(), CurrentActor.get()))));
        Button lock = new Button(getTranslation(account.isEnabled() ? "accounts.disable" : "accounts.enable"),
                click -> act(() -> {
                    admin.setEnabled(account.getUsername(), !account.isEnabled(), CurrentActor.get());
                    return getTranslation("accounts.saved");
                }));
        lock.addClassName("admin-danger");
        return new Div(reset, lock);
    }

    private void create() {
        act(() -> {
            Officer chosen = officer.isVisible() ? officer.getValue() : null;
            String given = admin.create(username.getValue(), role.getValue(), chosen == null ? null : chosen.getId(),
                    password.getValue(), CurrentActor.get());
            String name = chosen != null ? chosen.getCode() : username.getValue().strip();
            password.clear();
            username.clear();
            return getTranslation("accounts.new-password", name, given);
        });
    }

    /** Runs an act, shows its outcome (a new password is shown once, here) or the reason it was refused. */
    private void act(java.util.function.Supplier<String> outcome) {
        try {
            result.setText(outcome.get());
            result.getElement().setAttribute("data-outcome", "done");
        } catch (Refusal refused) {
            result.setText(getTranslation(refused.messageKey()));
            result.getElement().setAttribute("data-outcome", "refused");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.accounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
