package vn.motcua.device;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.motcua.devices.transport.Parity;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the devices are: the kiosk's ESC/POS printer on a serial port or at host:port (raw TCP, usually 9100),
 * and the counters' RS-485 devices: one bus for the LED displays, one for the rating pads and caller
 * keypads. An empty port means a simulated bus in memory (the demo). The display, pad and keypad of counter n
 * answer to bus address {@code addressOffset + n}; pads and keypads can share it, their key bytes differ. A key pressed twice within the debounce window counts once.
 */
@ConfigurationProperties("motcua.devices")
public record DeviceSettings(
        @DefaultValue("true") boolean simulated,
        @DefaultValue("") String displayPort,
        @DefaultValue("") String keyPort,
        @DefaultValue("") String printerPort,
        @DefaultValue("") String printerHost,
        @DefaultValue("9600") int baudRate,
        @DefaultValue("NONE") Parity parity,
        @DefaultValue("32") int addressOffset,
        @DefaultValue("300ms") Duration debounce) {

    public int address(int counterNumber) {
        return addressOffset + counterNumber;
    }

    int counter(int address) {
        return address - addressOffset;
    }
}
