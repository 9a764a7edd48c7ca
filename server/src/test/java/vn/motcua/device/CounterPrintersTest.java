package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.rs485.PtyPair;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.devices.transport.Parity;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.forms.FormSlips;
import vn.motcua.forms.SampleForms;
import vn.motcua.i18n.Translations;

/** Which printer each counter has, from one setting; without the application, on a real pseudo-terminal. */
class CounterPrintersTest {

    private final Translations translations = new Translations();
    private final FormSlips slips = new FormSlips(translations);

    @Test
    void theSettingNamesASerialPortOrAHostAndPortPerCounter() {
        assertThat(settings(true, " 1=/dev/ttyUSB3, 2=10.0.0.5:9100,").counterPrinterAddresses())
                .isEqualTo(Map.of(1, "/dev/ttyUSB3", 2, "10.0.0.5:9100"));
        assertThat(settings(true, "").counterPrinterAddresses()).isEmpty();
        assertThatThrownBy(() -> settings(true, "quầy1=/dev/ttyUSB3").counterPrinterAddresses())
                .hasMessageContaining("quầy1=/dev/ttyUSB3");
        assertThatThrownBy(() -> settings(true, "1=").counterPrinterAddresses()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCounterWithoutPrinterIsRefusedInWordsWhenNothingIsSimulated() {
        try (var printing = new CounterPrinting(settings(false, "").counterPrinterAddresses(), settings(false, ""), translations)) {
            PrintOutcome outcome = printing.print(3, slips.receipt(SampleForms.receipt()));

            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.problem()).isEqualTo("Quầy 3 chưa có máy in");
            assertThat(printing.simulatedPrinter(3)).isEmpty();
        }
    }

    @Test
    void aConfiguredCounterPrintsOnItsSerialPortAndTheOthersOnSimulators(@TempDir Path dir) throws Exception {
        try (var cable = new PtyPair(dir);
             var device = SimulatedEscPosPrinter.start(SerialTransport.open(cable.device.toString(), 9600));
             var printing = new CounterPrinting(
                     settings(true, "2=" + cable.host).counterPrinterAddresses(), settings(true, ""), translations)) {
            PrintOutcome atTwo = printing.print(2, slips.supplement(SampleForms.supplement(1, null)));
            PrintOutcome atThree = printing.print(3, slips.receipt(SampleForms.receipt()));

            assertThat(atTwo.printed()).as(atTwo.problem()).isTrue();
            assertThat(device.printedTickets()).hasSize(1);
            assertThat(device.cuts()).isEqualTo(1);
            assertThat(printing.simulatedPrinter(2)).as("counter 2 has a real printer").isEmpty();
            assertThat(atThree.printed()).as(atThree.problem()).isTrue();
            assertThat(printing.simulatedPrinter(3).orElseThrow().printedTickets()).hasSize(1);
        }
    }

    private static DeviceSettings settings(boolean simulated, String counterPrinters) {
        return new DeviceSettings(simulated, "", "", "", "", 9600, Parity.NONE, 32, Duration.ofMillis(300),
                counterPrinters);
    }
}
