package vn.motcua.device;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.simulator.SimulatedTicketPrinter;

/** The demo's devices: an ESC/POS printer simulated in memory, spoken to over the same protocol as a real one. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "motcua.devices.simulated", havingValue = "true", matchIfMissing = true)
class SimulatedDevices {

    @Bean(destroyMethod = "close")
    SimulatedTicketPrinter kioskPrinter() {
        return SimulatedTicketPrinter.start(PaperWidth.MM_80);
    }
}
