package vn.motcua.screens.device;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import vn.motcua.device.DeviceEntry;
import vn.motcua.device.DeviceKind;
import vn.motcua.device.DeviceMap;
import vn.motcua.device.DeviceSettings;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * The administrator keeps the device map: each LED display, rating pad, caller keypad and printer with its bus
 * address or port and its counter. Addresses and counters apply at once; a printer's port at the next start.
 */
@RolesAllowed("ADMIN")
@Route("admin/device-map")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class DeviceMapView extends Div implements HasDynamicTitle {

    private final DeviceMap map;
    private final Select<DeviceKind> kind = new Select<>();
    private final TextField link = new TextField();
    private final IntegerField address = new IntegerField();
    private final IntegerField counter = new IntegerField();
    private final Button save = new Button();
    private final Span result = new Span();
    private final Div table = new Div();
    /** The device being changed, or null when the form adds one. */
    private Long editing;

    public DeviceMapView(DeviceMap map, DeviceSettings settings) {
        this.map = map;
        addClassNames("admin", "device-map");
        kind.setLabel(getTranslation("device-map.kind"));
        kind.setId("device-kind");
        kind.setWidth("18em");
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(this::kindWords);
        kind.addValueChangeListener(change -> fit(change.getValue()));
        link.setLabel(getTranslation("device-map.link"));
        link.setId("device-link");
        link.setHelperText(getTranslation("device-map.link-help"));
        link.setMaxLength(200);
        address.setLabel(getTranslation("device-map.address"));
        address.setId("device-address");
        address.setHelperText(getTranslation("device-map.address-help"));
        counter.setLabel(getTranslation("device-map.counter"));
        counter.setId("device-counter");
        save.setId("device-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> act(this::save));
        Button fresh = new Button(getTranslation("device-map.new"), click -> edit(null));
        fresh.setId("device-new");
        result.setId("device-map-result");
        result.addClassName("import-result");
        Div form = new Div(kind, link, address, counter, new Div(save, fresh));
        form.addClassName("admin-form");
        add(new H1(getTranslation("device-map.title")), new Paragraph(getTranslation("device-map.hint")),
                new Paragraph(getTranslation("device-map.buses", bus(settings.displayPort()), bus(settings.keyPort()))),
                result, form, table);
        edit(null);
        show();
    }

    private String save() {
        DeviceEntry entry = new DeviceEntry(editing, kind.getValue(), link.getValue(), address.getValue(),
                counter.getValue());
        if (editing == null) {
            map.add(entry, CurrentActor.get());
        } else {
            map.change(editing, entry, CurrentActor.get());
        }
        boolean printer = kind.getValue() != null && !kind.getValue().onBus();
        edit(null);
        return getTranslation(printer ? "device-map.saved-at-restart" : "device-map.saved");
    }

    private void act(Supplier<String> change) {
        try {
            said("saved", change.get());
        } catch (Refusal refused) {
            said("refused", getTranslation(refused.messageKey(), refused.args()));
        }
        show();
    }

    /** Fills the form with a device to change, or empties it to add one. */
    private void edit(DeviceEntry entry) {
        editing = entry == null ? null : entry.id();
        kind.setValue(entry == null ? DeviceKind.COUNTER_DISPLAY : entry.kind());
        link.setValue(entry == null ? "" : entry.link());
        address.setValue(entry == null ? null : entry.busAddress());
        counter.setValue(entry == null ? null : entry.counterNumber());
        save.setText(getTranslation(entry == null ? "device-map.add" : "device-map.change", entry == null ? ""
                : "#" + entry.id()));
        fit(kind.getValue());
    }

    /** Only the fields the kind has: an address on the bus, a port for a printer, a counter but at the kiosk. */
    private void fit(DeviceKind chosen) {
        boolean onBus = chosen != null && chosen.onBus();
        address.setEnabled(onBus);
        link.setEnabled(chosen != null && !onBus);
        counter.setEnabled(chosen != null && chosen.atCounter());
    }

    private void said(String outcome, String text) {
        result.setText(text);
        result.getElement().setAttribute("data-outcome", outcome);
    }

    private void show() {
        NativeTable rows = new NativeTable();
        rows.setId("device-map");
        rows.addClassName("slip-table");
        NativeTableRow head = rows.getHead().addRow();
        for (String key : new String[] {"device-map.kind", "device-map.link", "device-map.address",
                "device-map.counter"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.addHeaderCell();
        for (DeviceEntry entry : map.list()) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("device-row");
            row.getElement().setAttribute("data-device", entry.kind() + "-" + entry.counterNumber());
            row.addDataCell().setText(kindWords(entry.kind()));
            row.addDataCell().setText(entry.kind().onBus() ? getTranslation("device-map.on-bus") : entry.link());
            row.addDataCell().setText(entry.busAddress() == null ? "" : entry.busAddress() + " (0x"
                    + Integer.toHexString(entry.busAddress()).toUpperCase(java.util.Locale.ROOT) + ")");
            row.addDataCell().setText(entry.counterNumber() == null ? getTranslation("device-map.hall")
                    : getTranslation("device-map.counter-n", entry.counterNumber()));
            Button change = new Button(getTranslation("device-map.edit"), click -> edit(entry));
            change.addClassName("device-edit");
            Button remove = new Button(getTranslation("device-map.remove"), click -> act(() -> {
                map.remove(entry.id(), CurrentActor.get());
                return getTranslation("device-map.removed");
            }));
            remove.addClassName("device-remove");
            row.addDataCell().add(change, remove);
        }
        table.removeAll();
        table.add(rows);
    }

    private String kindWords(DeviceKind device) {
        return getTranslation("device-map.kind." + device.name());
    }

    private String bus(String port) {
        return port.isBlank() ? getTranslation("device-map.simulated") : port;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device-map.title");
    }
}
