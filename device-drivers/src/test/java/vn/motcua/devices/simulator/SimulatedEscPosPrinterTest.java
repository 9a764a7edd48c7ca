package vn.motcua.devices.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devices.printer.PaperWidth;
import vn.motcua.devices.printer.RasterCodec;
import vn.motcua.devices.printer.SampleTickets;
import vn.motcua.devices.printer.TicketImage;
import vn.motcua.devices.transport.InMemoryTransport;

class SimulatedEscPosPrinterTest {

    private final InMemoryTransport.Pair link = InMemoryTransport.pair("simulator test");
    private final SimulatedEscPosPrinter device = SimulatedEscPosPrinter.start(link.device());

    @AfterEach
    void unplug() {
        device.close();
    }

    @Test
    void answersStatusRequestsFromItsState() throws IOException {
        device.setPaperNearEnd(true);
        device.setCoverOpen(true);

        assertThat(ask(1)).isEqualTo(0x1A);
        assertThat(ask(2)).isEqualTo(0x16);
        assertThat(ask(4)).isEqualTo(0x1E);
    }

    @Test
    void silentPrinterAnswersNothing() throws IOException {
        device.setSilent(true);
        link.host().write(new byte[] {0x10, 0x04, 1});

        assertThat(link.host().read(new byte[1], 300)).isZero();
    }

    @Test
    void rasterSplitIntoSmallWritesIsStillOnePrintedImage() throws IOException {
        byte[] raster = RasterCodec.encode(TicketImage.render(SampleTickets.priority(), PaperWidth.MM_58));
        for (int offset = 0; offset < raster.length; offset += 7) {
            link.host().write(Arrays.copyOfRange(raster, offset, Math.min(raster.length, offset + 7)));
        }
        link.host().write(new byte[] {0x1D, 0x56, 0x42, 0x00});

        ask(1);

        assertThat(device.printedTickets()).hasSize(1);
        assertThat(device.lastTicket().orElseThrow().getWidth()).isEqualTo(384);
        assertThat(device.cuts()).isEqualTo(1);
        assertThat(device.unknownBytes()).isZero();
    }

    @Test
    void unknownBytesAreCountedAndSkipped() throws IOException {
        link.host().write("hello".getBytes());
        link.host().write(new byte[] {0x10, 0x05, 0x1B, 0x78, 0x1D, 0x56, 0x07});

        assertThat(ask(1)).isEqualTo(0x12);
        assertThat(device.unknownBytes()).isEqualTo(5 + 7);
        assertThat(device.printedTickets()).isEmpty();
        assertThat(device.cuts()).isZero();
    }

    @Test
    void wiredSimulatedPrinterPrintsAndCanRunOutOfPaper() {
        try (var simulated = SimulatedTicketPrinter.start(PaperWidth.MM_80)) {
            assertThat(simulated.print(SampleTickets.priority()).printed()).isTrue();
            assertThat(simulated.device().lastTicket()).isPresent();

            simulated.device().setPaperOut(true);

            assertThat(simulated.print(SampleTickets.priority()).problem()).isEqualTo("Máy in hết giấy");
            assertThat(simulated.device().printedTickets()).hasSize(1);
        }
    }

    /** Also a barrier: the simulator handles bytes in order, so everything sent before has been processed. */
    private int ask(int n) throws IOException {
        link.host().write(new byte[] {0x10, 0x04, (byte) n});
        byte[] reply = new byte[1];
        assertThat(link.host().read(reply, 1_000)).as("reply to DLE EOT %d", n).isEqualTo(1);
        return reply[0] & 0xFF;
    }
}
