package vn.motcua.screens.device;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import vn.motcua.center.CenterTime;
import vn.motcua.devices.rs485.BusHealth;
import vn.motcua.devices.rs485.DisplayBus;
import vn.motcua.devices.rs485.KeyBus;
import vn.motcua.devices.rs485.KeypadCommand;
import vn.motcua.devices.simulator.SimulatedKeyPad;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.queue.Counter;
import vn.motcua.queue.Counters;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.device.KeyPresses;
import vn.motcua.device.TicketPrinting;
import vn.motcua.device.DeviceSettings;
import vn.motcua.device.DeviceKind;
import vn.motcua.device.DeviceMap;
import jakarta.annotation.security.RolesAllowed;

/**
 * Devices for managers: the health of each bus (up, down since when, frames and errors), and with simulated
 * devices what each counter's LED board shows, with the pad and keypad keys to press.
 */
@RolesAllowed({"MANAGER", "ADMIN"})
@Route("devices")
@StyleSheet("styles/board.css")
public class DevicesView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM").withZone(CenterTime.ZONE);

    private final DisplayBus displayBus;
    private final KeyBus keyBus;
    private final KeyPresses presses;
    private final TicketPrinting printing;
    private final SimulatedLedBoard boards;
    private final SimulatedKeyPad keys;
    private final Counters counters;
    private final DeviceSettings settings;
    private final DeviceMap map;
    private final GiveRating giveRating;
    private final Div health = new Div();
    private final Div perCounter = new Div();

    public DevicesView(DisplayBus displayBus, KeyBus keyBus, KeyPresses presses, TicketPrinting printing,
            SimulatedLedBoard boards,
            SimulatedKeyPad keys, Counters counters, DeviceSettings settings, DeviceMap map, GiveRating giveRating,
            LiveUpdates live) {
        this.displayBus = displayBus;
        this.keyBus = keyBus;
        this.presses = presses;
        this.printing = printing;
        this.boards = boards;
        this.keys = keys;
        this.counters = counters;
        this.settings = settings;
        this.map = map;
        this.giveRating = giveRating;
        addClassName("board");
        Button refresh = new Button(getTranslation("devices.refresh"), click -> render());
        refresh.addClassName("devices-refresh");
        health.addClassName("board-panel");
        perCounter.addClassNames("board-panel", "devices-counters");
        add(new H1(getTranslation("devices.title")), refresh, health, perCounter);
        live.redrawWhileAttached(this, QueueEvent.class, event -> true, this::render);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devices.title");
    }


    private void render() {
        health.removeAll();
        health.add(new H2(getTranslation("devices.health")));
        health.add(row(getTranslation("devices.printer",
                        printing.printerLink().orElse(getTranslation("devices.no-real-printer"))), printing.lastPrint()
                        .map(last -> last.printed()
                                ? getTranslation("devices.printed", last.number(), TIME.format(last.at()))
                                : getTranslation("devices.not-printed", last.number(), TIME.format(last.at()), last.problem()))
                        .orElse(getTranslation("devices.no-print"))),
                busRow(getTranslation("devices.display-bus"), displayBus.health()),
                busRow(getTranslation("devices.key-bus"), keyBus.health()),
                row(getTranslation("devices.refused"), String.valueOf(presses.refused())));
        perCounter.removeAll();
        if (!settings.displayPort().isBlank() && !settings.keyPort().isBlank()) {
            return;
        }
        perCounter.add(new H2(getTranslation("devices.simulated")));
        for (Counter counter : counters.all()) {
            int number = counter.getNumber();
            // A board that has been sent nothing yet shows nothing; a counter without one on the map shows a dash.
            String shown = map.address(DeviceKind.COUNTER_DISPLAY, number).map(boards::shown).orElse(null);
            Span led = new Span(shown == null || shown.isBlank() ? "—" : shown.strip());
            led.addClassName("devices-led");
            Div line = new Div(new Span(counter.getName()), led);
            line.addClassName("devices-counter");
            for (KeypadCommand command : KeypadCommand.values()) {
                map.address(DeviceKind.CALLER_KEYPAD, number).ifPresent(address -> line.add(press(
                        "devices.key." + command.name().toLowerCase(java.util.Locale.ROOT),
                        () -> keys.press(address, command))));
            }
            // The pad's keys as the center's scale reads them: key 1 is its best face.
            java.util.List<RatingLevel> levels = giveRating.scale().levels();
            for (int i = 0; i < levels.size(); i++) {
                int score = i + 1;
                String face = "rating.level." + levels.get(i).name().toLowerCase(java.util.Locale.ROOT);
                map.address(DeviceKind.RATING_PAD, number).ifPresent(address -> line.add(press(face,
                        () -> keys.rate(address, score))));
            }
            perCounter.add(line);
        }
    }

    private Button press(String labelKey, KeyPress action) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                action.press();
            } catch (IOException unplugged) {
                throw new UncheckedIOException(unplugged);
            }
        });
        button.addClassName("devices-key");
        return button;
    }

    private Div busRow(String name, BusHealth bus) {
        String state = bus.downSince() == null ? getTranslation("devices.up")
                : getTranslation("devices.down-since", TIME.format(bus.downSince()));
        return row(name + " (" + bus.link() + ")", getTranslation("devices.figures", state, bus.framesOk(),
                bus.framesBad(), bus.reconnects(), bus.lastError() == null ? "—" : bus.lastError()));
    }

    private static Div row(String label, String value) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("board-value");
        Div row = new Div(new Span(label), valueSpan);
        row.addClassName("board-row");
        return row;
    }

    /** A key press on a simulated device, which talks over the same wire as the real one. */
    private interface KeyPress {
        void press() throws IOException;
    }
}
