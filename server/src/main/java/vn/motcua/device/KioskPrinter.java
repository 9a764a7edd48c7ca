package vn.motcua.device;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.devices.printer.EscPosTicketPrinter;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.TicketPrinter;
import vn.motcua.devices.rs485.SupervisedLink;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;
import vn.motcua.devices.transport.TcpTransport;

/**
 * The kiosk's ticket printer: ESC/POS on a serial port or over raw TCP, on a link that reopens itself when the
 * printer is unplugged or restarted; the simulated printer in the demo; or none, which the kiosk is told.
 */
@Configuration(proxyBeanMethods = false)
class KioskPrinter {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    TicketPrinter kioskTicketPrinter(DeviceSettings settings) {
        if (!settings.printerPort().isBlank()) {
            return new EscPosTicketPrinter(SupervisedLink.serial(settings.printerPort(), settings.baudRate(), settings.parity()),
                    PaperWidth.MM_80);
        }
        if (!settings.printerHost().isBlank()) {
            String[] hostAndPort = settings.printerHost().split(":");
            String host = hostAndPort[0];
            int port = hostAndPort.length > 1 ? Integer.parseInt(hostAndPort[1]) : 9100;
            return new EscPosTicketPrinter(new SupervisedLink("printer " + settings.printerHost(),
                    () -> TcpTransport.connect(host, port, (int) CONNECT_TIMEOUT.toMillis())), PaperWidth.MM_80);
        }
        if (settings.simulated()) {
            return SimulatedTicketPrinter.start(PaperWidth.MM_80);
        }
        return new NoPrinter();
    }

    /** A kiosk without a printer: every ticket is refused printing, so the visitor keeps the on-screen QR. */
    static final class NoPrinter implements TicketPrinter, AutoCloseable {

        @Override
        public PrintOutcome print(vn.motcua.devices.printer.TicketPrint ticket) {
            return PrintOutcome.refused(null, "Chưa cấu hình máy in");
        }

        @Override
        public void close() {
        }
    }
}
