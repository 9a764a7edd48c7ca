package vn.motcua.device;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.devices.rs485.BusHealth;
import vn.motcua.devices.rs485.DisplayBus;
import vn.motcua.devices.rs485.KeyBus;
import vn.motcua.devices.rs485.LinkState;

/**
 * The health of each device link for {@code /actuator/health/devices}: the counters' two buses, the kiosk's printer
 * and the counters' printers. A link that is down reports {@link #OFFLINE}, a status the root's order leaves out
 * (application.properties), so an unplugged printer never turns the server DOWN and a container is not restarted
 * for it; the "devices" group ranks it first.
 */
@Configuration(proxyBeanMethods = false)
class DeviceLinksHealth {

    /** A device link that is down or failed its last print. */
    static final Status OFFLINE = new Status("OFFLINE");

    @Bean
    HealthIndicator displayBusHealthIndicator(DisplayBus bus) {
        return () -> bus(bus.health());
    }

    @Bean
    HealthIndicator keyBusHealthIndicator(KeyBus bus) {
        return () -> bus(bus.health());
    }

    @Bean
    HealthIndicator kioskPrinterHealthIndicator(TicketPrinting printing) {
        return () -> {
            if (printing.printerLink().isEmpty()) {
                // The simulator (demo) or no printer at all (the kiosk then shows the QR code on screen).
                return Health.unknown().withDetail("link", "none").build();
            }
            Health.Builder health = printing.lastPrint().map(last -> last.printed() ? Health.up()
                    : Health.status(OFFLINE).withDetail("problem", String.valueOf(last.problem()))
                            .withDetail("since", last.at().toString()))
                    // A printer's link is only tried by a ticket: before the first one nothing is known.
                    .orElseGet(Health::unknown);
            return health.withDetail("link", printing.printerLink().get()).build();
        };
    }

    @Bean
    HealthIndicator counterPrintersHealthIndicator(CounterPrinting printing) {
        return () -> {
            Map<Integer, CounterPrinting.RealPrinter> printers = printing.realPrinters();
            if (printers.isEmpty()) {
                return Health.unknown().withDetail("printers", "none").build();
            }
            Map<String, String> details = new TreeMap<>();
            boolean anyFailed = false;
            for (Map.Entry<Integer, CounterPrinting.RealPrinter> printer : printers.entrySet()) {
                String state = printer.getValue().lastOutcome()
                        .map(outcome -> outcome.printed() ? "UP" : "OFFLINE: " + outcome.problem())
                        .orElse("UNKNOWN");
                anyFailed |= state.startsWith("OFFLINE");
                details.put("counter " + printer.getKey(), printer.getValue().link() + " " + state);
            }
            return (anyFailed ? Health.status(OFFLINE) : Health.up()).withDetails(details).build();
        };
    }

    private static Health bus(BusHealth bus) {
        Health.Builder health = bus.state() == LinkState.UP ? Health.up()
                : Health.status(OFFLINE).withDetail("downSince", String.valueOf(bus.downSince()));
        return health.withDetail("link", bus.link()).withDetail("reconnects", bus.reconnects())
                .withDetail("lastError", String.valueOf(bus.lastError())).build();
    }
}
