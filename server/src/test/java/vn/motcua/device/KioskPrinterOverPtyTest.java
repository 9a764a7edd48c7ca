package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.QueueTestData;
import vn.motcua.ServerTest;
import vn.motcua.devices.rs485.PtyPair;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.kiosk.KioskPort;
import vn.motcua.kiosk.KioskPort.PrintResult;
import vn.motcua.kiosk.KioskPort.TicketReceipt;
import vn.motcua.kiosk.Priority;

/**
 * The kiosk's ESC/POS printer on a real pseudo-terminal: unplugged, the visitor still gets the number and is told
 * the print failed; plugged back, the link reopens by itself and the reprint comes out, within 5 seconds.
 */
@ServerTest
class KioskPrinterOverPtyTest {

    private static PtyPair cable;

    @DynamicPropertySource
    static void cable(DynamicPropertyRegistry registry) throws Exception {
        cable = new PtyPair(Files.createTempDirectory("motcua-printer"));
        registry.add("motcua.devices.printer-port", () -> cable.host.toString());
    }

    @AfterAll
    static void unplugCable() throws Exception {
        cable.close();
    }

    @Autowired
    KioskPort kiosk;
    @Autowired
    QueueTestData data;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
    }

    @Test
    void anUnpluggedPrinterNeverCostsTheVisitorTheirNumberAndTheReprintWorksOncePluggedBack() throws Exception {
        try (SimulatedEscPosPrinter printer = SimulatedEscPosPrinter.start(SerialTransport.open(cable.device.toString(), 9600))) {
            TicketReceipt first = kiosk.issue("HT-KS", Priority.NONE);
            PrintResult print = kiosk.print(first);
            assertThat(print.printed()).as(print.problem()).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> printer.printedTickets().size() == 1);
        }

        cable.unplug();
        TicketReceipt second = kiosk.issue("HT-KS", Priority.NONE);
        assertThat(second.number()).isEqualTo("A002");
        PrintResult failed = kiosk.print(second);
        assertThat(failed.printed()).isFalse();
        assertThat(failed.problem()).isNotBlank();

        cable.start();
        try (SimulatedEscPosPrinter printer = SimulatedEscPosPrinter.start(SerialTransport.open(cable.device.toString(), 9600))) {
            long pluggedIn = System.nanoTime();
            AtomicReference<PrintResult> reprint = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
                reprint.set(kiosk.print(second));
                return reprint.get().printed();
            });
            System.out.printf("printer back %d ms after being plugged in%n", (System.nanoTime() - pluggedIn) / 1_000_000);
            await().atMost(Duration.ofSeconds(5)).until(() -> printer.printedTickets().size() == 1);
        }
    }
}
