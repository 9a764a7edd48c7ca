package vn.motcua.screens.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.center.CenterTime;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.PairedDevice;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.PendingPairing;
import vn.motcua.security.CurrentActor;
import vn.motcua.i18n.Refusal;
import jakarta.annotation.security.RolesAllowed;

/** The admin pairs a device by typing the code its screen shows, and revokes a device that was lost or moved. */
@RolesAllowed("ADMIN")
@Route("admin/devices")
@StyleSheet("styles/admin.css")
public class DeviceAdminView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CenterTime.ZONE);

    private final DevicePairing pairing;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Span result = new Span();
    private final Grid<PendingPairing> pending = new Grid<>();
    private final Grid<PairedDevice> devices = new Grid<>();

    public DeviceAdminView(DevicePairing pairing) {
        this.pairing = pairing;
        addClassName("admin");
        code.setLabel(getTranslation("devices.admin.code"));
        code.setId("pairing-code-input");
        name.setLabel(getTranslation("devices.admin.name"));
        name.setId("pairing-name-input");
        Button approve = new Button(getTranslation("devices.admin.approve"), click -> approve());
        approve.setId("pairing-approve");
        result.setId("pairing-result");
        Div form = new Div(code, name, approve, result);
        form.addClassName("admin-form");

        pending.addColumn(p -> p.code()).setHeader(getTranslation("devices.admin.code"));
        pending.addColumn(p -> screen(p.role(), p.counterNumber())).setHeader(getTranslation("devices.admin.screen"));
        pending.addColumn(p -> WHEN.format(p.requestedAt())).setHeader(getTranslation("devices.admin.asked-at"));
        pending.setAllRowsVisible(true);

        devices.setId("paired-devices");
        devices.addColumn(PairedDevice::getName).setHeader(getTranslation("devices.admin.name"));
        devices.addColumn(d -> screen(d.getRole(), d.getCounterNumber())).setHeader(getTranslation("devices.admin.screen"));
        devices.addColumn(d -> WHEN.format(d.getPairedAt()) + " · " + d.getPairedBy())
                .setHeader(getTranslation("devices.admin.paired"));
        devices.addComponentColumn(d -> d.isRevoked()
                ? new Span(getTranslation("devices.admin.revoked", WHEN.format(d.getRevokedAt())))
                : revokeButton(d)).setHeader("");
        devices.setAllRowsVisible(true);

        add(new H1(getTranslation("devices.admin.title")), form,
                new H2(getTranslation("devices.admin.pending")), pending,
                new H2(getTranslation("devices.admin.paired-list")), devices);
        refresh();
    }

    private Button revokeButton(PairedDevice device) {
        Button revoke = new Button(getTranslation("devices.admin.revoke"), click -> {
            // The outcome replaces whatever the line said before: a refused code must not stay over a revocation.
            try {
                pairing.revoke(device.getId(), CurrentActor.get());
                show("revoked", getTranslation("devices.admin.revoked-now", device.getName()));
            } catch (Refusal problem) {
                show("refused", getTranslation(problem.messageKey()));
            }
            refresh();
        });
        revoke.addClassName("admin-danger");
        revoke.setId("revoke-" + device.getId());
        return revoke;
    }

    private void approve() {
        try {
            PairedDevice device = pairing.approve(code.getValue(), name.getValue(), CurrentActor.get());
            show("paired", getTranslation("devices.admin.approved", device.getName()));
            code.clear();
            name.clear();
        } catch (Refusal problem) {
            show("refused", getTranslation(problem.messageKey()));
        }
        refresh();
    }

    private void show(String outcome, String text) {
        result.setText(text);
        result.getElement().setAttribute("data-outcome", outcome);
    }

    private void refresh() {
        pending.setItems(pairing.pending());
        devices.setItems(pairing.devices());
    }

    private String screen(DeviceRole role, Integer counterNumber) {
        return getTranslation("devices.role." + role.name().toLowerCase(Locale.ROOT),
                counterNumber == null ? "" : counterNumber);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devices.admin.title");
    }
}
