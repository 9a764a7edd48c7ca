package vn.motcua.device;

import java.time.Duration;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.rs485.SupervisedLink;
import vn.motcua.devices.transport.TcpTransport;

/** Opens an 80 mm ESC/POS printer on a serial port or over raw TCP, on a link that reopens itself when it goes away. */
final class PrinterLinks {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final int RAW_PRINTING_PORT = 9100;

    private PrinterLinks() {
    }

    /** A serial port (/dev/ttyUSB3, /dev/serial/by-id/..., COM3) or host:port with a port number 1..65535. */
    static boolean isLink(String link) {
        if (link == null || link.isBlank() || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (link.startsWith("/") || link.matches("(?i)COM[0-9]{1,3}")) {
            return true;
        }
        if (!link.matches("[A-Za-z0-9.-]+:[0-9]{1,5}")) {
            return false;
        }
        int port = Integer.parseInt(link.substring(link.lastIndexOf(':') + 1));
        return port >= 1 && port <= 65535;
    }

    /** host:port is raw TCP; anything else (/dev/ttyUSB3, COM3) is a serial port. */
    static EscPosTicketPrinter at(String address, DeviceSettings settings) {
        return address.matches("[^/\\\\]+:[0-9]+") ? tcp(address) : serial(address, settings);
    }

    static EscPosTicketPrinter serial(String port, DeviceSettings settings) {
        return new EscPosTicketPrinter(SupervisedLink.serial(port, settings.baudRate(), settings.parity()),
                PaperWidth.MM_80);
    }

    /** A printer at host or host:port; the port defaults to 9100, the usual raw printing port. */
    static EscPosTicketPrinter tcp(String hostAndPort) {
        String[] parts = hostAndPort.split(":");
        String host = parts[0];
        int port = parts.length > 1 ? Integer.parseInt(parts[1]) : RAW_PRINTING_PORT;
        return new EscPosTicketPrinter(new SupervisedLink("printer " + hostAndPort,
                () -> TcpTransport.connect(host, port, (int) CONNECT_TIMEOUT.toMillis())), PaperWidth.MM_80);
    }
}
