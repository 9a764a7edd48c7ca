package vn.motcua.device;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.motcua.devices.transport.Parity;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the devices are: the kiosk's ESC/POS printer on a serial port or at host:port (raw TCP, usually 9100),
 * and the counters' RS-485 devices: one bus for the LED displays, one for the rating pads and caller
 * keypads. An empty port means a simulated bus in memory (the demo). The display, pad and keypad of counter n
 * answer to bus address {@code addressOffset + n}; pads and keypads can share it, their key bytes differ. A key pressed twice within the debounce window counts once.
 * {@code counterPrinters} names each counter's slip printer, e.g. {@code 1=/dev/ttyUSB3,2=10.0.0.5:9100}.
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
        @DefaultValue("300ms") Duration debounce,
        @DefaultValue("") String counterPrinters) {

    /** The kiosk printer as configured: its serial port, else host:port (9100 when none is given). */
    public java.util.Optional<String> kioskPrinterLink() {
        if (!printerPort.isBlank()) {
            return java.util.Optional.of(printerPort.strip());
        }
        if (!printerHost.isBlank()) {
            String host = printerHost.strip();
            return java.util.Optional.of(host.contains(":") ? host : host + ":9100");
        }
        return java.util.Optional.empty();
    }

    /** Counter n's bus address as the install was set up; the device map is seeded with it, then replaces it. */
    public int address(int counterNumber) {
        return addressOffset + counterNumber;
    }

    /**
     * Each counter's printer by counter number: a serial port, or host:port for raw TCP. A malformed entry stops the
     * start, where the person configuring it sees it, rather than leaving a counter silently without a printer.
     */
    public Map<Integer, String> counterPrinterAddresses() {
        Map<Integer, String> addresses = new TreeMap<>();
        for (String entry : counterPrinters.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] counterAndAddress = entry.split("=", 2);
            if (counterAndAddress.length != 2 || !counterAndAddress[0].strip().matches("[1-9][0-9]*")
                    || counterAndAddress[1].isBlank()) {
                throw new IllegalArgumentException("motcua.devices.counter-printers: '" + entry.strip()
                        + "' is not counter=port or counter=host:port");
            }
            addresses.put(Integer.parseInt(counterAndAddress[0].strip()), counterAndAddress[1].strip());
        }
        return addresses;
    }
}
