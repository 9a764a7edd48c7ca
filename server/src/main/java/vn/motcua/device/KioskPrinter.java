package vn.motcua.device;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.TicketPrinter;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;

/**
 * The kiosk's ticket printer: ESC/POS on a serial port or over raw TCP, on a link that reopens itself when the
 * printer is unplugged or restarted; the simulated printer in the demo; or none, which the kiosk is told.
 */
@Configuration(proxyBeanMethods = false)
class KioskPrinter {

    @Bean
    TicketPrinter kioskTicketPrinter(DeviceMap map, DeviceSettings settings) {
        // Opened once: a port changed on the device map is used from the next start.
        Optional<String> link = map.kioskPrinter();
        if (link.isPresent()) {
            return PrinterLinks.at(link.get(), settings);
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
