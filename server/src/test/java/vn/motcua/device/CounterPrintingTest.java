package vn.motcua.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.ServerTest;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.devices.printer.QrReader;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.forms.FormSlips;
import vn.motcua.forms.SampleForms;

/** In the demo's simulated setup every counter has a printer, and a receipt slip comes out of counter 1's as a raster. */
@ServerTest
class CounterPrintingTest {

    @Autowired
    CounterPrinting printing;
    @Autowired
    FormSlips slips;

    @Test
    void aReceiptSlipPrintedAtCounterOneReachesItsSimulatedPrinterAsOneRasterAndACut() throws Exception {
        int before = printing.simulatedPrinter(1).map(device -> device.printedTickets().size()).orElse(0);

        PrintOutcome outcome = printing.print(1, slips.receipt(SampleForms.receipt()));

        assertThat(outcome.printed()).as(outcome.problem()).isTrue();
        SimulatedEscPosPrinter device = printing.simulatedPrinter(1).orElseThrow();
        assertThat(device.printedTickets()).hasSize(before + 1);
        assertThat(device.cuts()).isEqualTo(before + 1);
        BufferedImage slip = device.lastTicket().orElseThrow();
        assertThat(slip.getWidth()).isEqualTo(576);
        assertThat(slip.getHeight()).as("title, nine labelled lines, QR code, footer").isGreaterThan(900);
        assertThat(QrReader.read(slip)).isEqualTo(SampleForms.TRACKING_URL);
        assertThat(printing.simulatedPrinter(2)).as("counter 2 has printed nothing").isEmpty();
    }

    @Test
    void paperTroubleAtOneCounterIsAnOutcomeInWordsAndLeavesTheOthersPrinting() {
        printing.print(4, slips.supplement(SampleForms.supplement(1, null)));
        SimulatedEscPosPrinter fourth = printing.simulatedPrinter(4).orElseThrow();
        fourth.setPaperOut(true);
        try {
            PrintOutcome refused = printing.print(4, slips.supplement(SampleForms.supplement(1, null)));
            PrintOutcome elsewhere = printing.print(5, slips.supplement(SampleForms.supplement(1, null)));

            assertThat(refused.printed()).isFalse();
            assertThat(refused.problem()).isEqualTo("Máy in hết giấy");
            assertThat(elsewhere.printed()).as(elsewhere.problem()).isTrue();
        } finally {
            fourth.setPaperOut(false);
        }
    }
}
