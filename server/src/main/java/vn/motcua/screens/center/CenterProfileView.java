package vn.motcua.screens.center;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.center.CenterIdentity;
import vn.motcua.center.CenterIdentity.Identity;
import vn.motcua.center.CenterLeader;
import vn.motcua.center.LeaderHotlines;
import vn.motcua.center.LeaderHotlines.Line;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * The admin keeps the center's identity (name, address, hotline: what tickets and public screens print) and the
 * leaders whose hotlines are posted, in order. The agency code stays on the settings page, the duty roster on its own.
 */
@RolesAllowed("ADMIN")
@Route("admin/center")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
@StyleSheet("styles/admin-people.css")
public class CenterProfileView extends Div implements HasDynamicTitle {

    private final CenterIdentity identity;
    private final LeaderHotlines leaders;
    private final TextField name = field("center-name", "center-admin.name", 200);
    private final TextField address = field("center-address", "center-admin.address", 300);
    private final TextField hotline = field("center-hotline", "center-admin.hotline", 30);
    private final Span result = new Span();
    private final TextField leaderTitle = field("leader-title", "center-admin.leader-title", 120);
    private final TextField leaderName = field("leader-name", "center-admin.leader-name", 120);
    private final TextField leaderPhone = field("leader-phone", "center-admin.leader-phone", 30);
    private final Button add = new Button(getTranslation("center-admin.leader-add"), click -> addLeader());
    private final Button save = new Button(getTranslation("center-admin.leader-save"), click -> saveLeader());
    private final Button cancel = new Button(getTranslation("center-admin.leader-cancel"), click -> editing(null));
    private final Span leaderResult = new Span();
    private final Div table = new Div();
    private Long edited;

    public CenterProfileView(CenterIdentity identity, LeaderHotlines leaders) {
        this.identity = identity;
        this.leaders = leaders;
        addClassNames("admin", "admin-people");
        name.setWidth("32em");
        address.setWidth("32em");
        Identity now = identity.current();
        name.setValue(now.name());
        address.setValue(now.address());
        hotline.setValue(now.hotline());
        Button saveIdentity = new Button(getTranslation("center-admin.save"), click -> saveIdentity());
        saveIdentity.setId("center-save");
        saveIdentity.addThemeVariants(ButtonVariant.PRIMARY);
        result.addClassName("admin-result");
        result.setId("center-result");
        Div form = new Div(name, address, hotline, saveIdentity, result);
        form.addClassName("admin-form");

        leaderTitle.setWidth("24em");
        add.setId("leader-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("leader-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        cancel.setId("leader-cancel");
        leaderResult.addClassName("admin-result");
        leaderResult.setId("leader-result");
        Div leaderForm = new Div(leaderTitle, leaderName, leaderPhone, add, save, cancel, leaderResult);
        leaderForm.addClassName("admin-form");
        Anchor settings = new Anchor("/admin/settings", getTranslation("center-admin.link-settings"));
        settings.setId("center-link-settings");
        Anchor duty = new Anchor("/admin/duty", getTranslation("center-admin.link-duty"));
        duty.setId("center-link-duty");
        Div links = new Div(settings, duty);
        links.addClassName("admin-links");
        add(new H1(getTranslation("center-admin.title")), new Paragraph(getTranslation("center-admin.hint")), links,
                form, new H2(getTranslation("center-admin.leaders")), leaderForm, table);
        editing(null);
    }

    private void saveIdentity() {
        said(result, () -> {
            identity.change(new Identity(name.getValue(), address.getValue(), hotline.getValue()), CurrentActor.get());
            return getTranslation("center-admin.saved");
        });
    }

    private void addLeader() {
        said(leaderResult, () -> {
            CenterLeader added = leaders.add(line(), CurrentActor.get());
            editing(null);
            return getTranslation("center-admin.leader-added", added.getTitle() + " " + added.getFullName());
        });
    }

    private void saveLeader() {
        said(leaderResult, () -> {
            leaders.change(edited, line(), CurrentActor.get());
            editing(null);
            return getTranslation("center-admin.saved");
        });
    }

    private Line line() {
        return new Line(leaderTitle.getValue(), leaderName.getValue(), leaderPhone.getValue());
    }

    /** Fills the leader form with a leader to correct, or empties it to add one (null). */
    private void editing(CenterLeader leader) {
        edited = leader == null ? null : leader.getId();
        leaderTitle.setValue(leader == null ? "" : leader.getTitle());
        leaderName.setValue(leader == null ? "" : leader.getFullName());
        leaderPhone.setValue(leader == null ? "" : leader.getPhone());
        add.setVisible(leader == null);
        save.setVisible(leader != null);
        cancel.setVisible(leader != null);
        show();
    }

    private void show() {
        List<CenterLeader> posted = leaders.list();
        table.removeAll();
        if (posted.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("center-admin.leader-none"));
            none.setId("leaders-none");
            table.add(none);
            return;
        }
        NativeTable rows = new NativeTable();
        rows.setId("leaders");
        rows.addClassName("slip-table");
        NativeTableRow head = rows.getHead().addRow();
        for (String key : List.of("center-admin.order", "center-admin.leader-title", "center-admin.leader-name",
                "center-admin.leader-phone")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.addHeaderCell();
        for (CenterLeader leader : posted) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("leader-row");
            row.getElement().setAttribute("data-name", leader.getFullName());
            row.addDataCell().setText(String.valueOf(leader.getSortOrder()));
            row.addDataCell().setText(leader.getTitle());
            row.addDataCell().setText(leader.getFullName());
            row.addDataCell().setText(leader.getPhone());
            row.addDataCell().add(button("leader-edit", "center-admin.leader-edit", () -> editing(leader)),
                    button("leader-up", "center-admin.leader-up", () -> act(() -> leaders.move(leader.getId(), -1,
                            CurrentActor.get()))),
                    button("leader-down", "center-admin.leader-down", () -> act(() -> leaders.move(leader.getId(), 1,
                            CurrentActor.get()))),
                    button("leader-remove", "center-admin.leader-remove", () -> act(() -> leaders.remove(
                            leader.getId(), CurrentActor.get()))));
        }
        table.add(rows);
    }

    private void act(Runnable change) {
        said(leaderResult, () -> {
            change.run();
            editing(null);
            return getTranslation("center-admin.saved");
        });
    }

    private Button button(String className, String key, Runnable click) {
        Button button = new Button(getTranslation(key), event -> click.run());
        button.addClassName(className);
        if (className.equals("leader-remove")) {
            button.addClassName("admin-danger");
        }
        return button;
    }

    /** Shows what was done, or why it was refused, in words. */
    private void said(Span where, Supplier<String> outcome) {
        try {
            where.setText(outcome.get());
            where.getElement().setAttribute("data-outcome", "saved");
        } catch (Refusal refused) {
            where.setText(getTranslation(refused.messageKey(), refused.args()));
            where.getElement().setAttribute("data-outcome", "refused");
        }
    }

    private TextField field(String id, String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("center-admin.title");
    }
}
