package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.devices.simulator.SimulatedEscPosPrinter;
import vn.motcua.devices.transport.InMemoryTransport;
import vn.motcua.devices.transport.Transport;

class EscPosTicketPrinterTest {

    private final InMemoryTransport.Pair link = InMemoryTransport.pair("test printer");
    private final SimulatedEscPosPrinter device = SimulatedEscPosPrinter.start(link.device());
    private final EscPosTicketPrinter printer =
            new EscPosTicketPrinter(link.host(), PaperWidth.MM_80, Duration.ofMillis(300));

    @AfterEach
    void unplug() {
        device.close();
    }

    @Test
    void printedTicketCarriesAQrCodeOfTheTrackingUrlAndIsCut() throws Exception {
        PrintOutcome outcome = printer.print(SampleTickets.priority());

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.statusBefore()).isEqualTo(new PrinterStatus(true, false, false, false));
        assertThat(outcome.statusAfter()).isEqualTo(new PrinterStatus(true, false, false, false));
        assertThat(device.printedTickets()).hasSize(1);
        assertThat(device.cuts()).isEqualTo(1);
        BufferedImage printed = device.lastTicket().orElseThrow();
        assertThat(printed.getWidth()).isEqualTo(576);
        assertThat(QrReader.read(printed)).isEqualTo(SampleTickets.TRACKING_URL);
    }

    @Test
    void jobIsInitializeThenOneRasterImageThenPartialCut() {
        var recording = new RecordingTransport(link.host());

        new EscPosTicketPrinter(recording, PaperWidth.MM_80).print(SampleTickets.priority());

        List<byte[]> writes = recording.writes;
        assertThat(writes).hasSize(7);
        assertThat(writes.subList(0, 3)).containsExactly(new byte[] {0x10, 0x04, 1}, new byte[] {0x10, 0x04, 2},
                new byte[] {0x10, 0x04, 4});
        byte[] job = writes.get(3);
        assertThat(Arrays.copyOf(job, 8)).containsExactly(0x1B, 0x40, 0x1D, 0x76, 0x30, 0x00, 0x48, 0x00);
        assertThat(RasterCodec.commandLength(job, 2)).isEqualTo(job.length - 2 - 4);
        assertThat(Arrays.copyOfRange(job, job.length - 4, job.length)).containsExactly(0x1D, 0x56, 66, 0);
        assertThat(writes.subList(4, 7)).containsExactly(new byte[] {0x10, 0x04, 1}, new byte[] {0x10, 0x04, 2},
                new byte[] {0x10, 0x04, 4});
    }

    static Stream<Arguments> printerTroubles() {
        return Stream.of(
                Arguments.of("paper out", (Consumer<SimulatedEscPosPrinter>) d -> d.setPaperOut(true), "Máy in hết giấy"),
                Arguments.of("cover open", (Consumer<SimulatedEscPosPrinter>) d -> d.setCoverOpen(true),
                        "Nắp máy in đang mở"),
                Arguments.of("offline", (Consumer<SimulatedEscPosPrinter>) d -> d.setOffline(true),
                        "Máy in đang ngoại tuyến"),
                Arguments.of("silent", (Consumer<SimulatedEscPosPrinter>) d -> d.setSilent(true),
                        "Máy in không phản hồi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printerTroubles")
    void refusesToPrintWhenThePrinterCannot(String trouble, Consumer<SimulatedEscPosPrinter> cause, String problem) {
        cause.accept(device);

        PrintOutcome outcome = printer.print(SampleTickets.priority());

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).isEqualTo(problem);
        assertThat(device.printedTickets()).isEmpty();
        assertThat(device.cuts()).isZero();
    }

    @Test
    void silentPrinterIsGivenUpOnAfterTheStatusTimeout() {
        device.setSilent(true);
        long start = System.nanoTime();

        PrintOutcome outcome = printer.print(SampleTickets.priority());

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(outcome.statusBefore()).isNull();
        assertThat(elapsedMillis).isBetween(250L, 2_000L);
    }

    @Test
    void paperNearEndStillPrintsAndIsReportedAfterwards() {
        device.setPaperNearEnd(true);

        PrintOutcome outcome = printer.print(SampleTickets.priority());

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.statusAfter().paperNearEnd()).isTrue();
    }

    @Test
    void garbageFromThePrinterDoesNotBreakTheNextPrint() throws IOException {
        assertThat(printer.print(SampleTickets.priority()).printed()).isTrue();
        // 0x1A and 0x7E look like status replies (offline, paper out): only draining keeps them from being misread.
        device.emit(new byte[] {0x00, (byte) 0xFF, 0x1A, 0x41, 0x7E, 0x10, 0x04});

        PrintOutcome outcome = printer.print(SampleTickets.priority());

        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.statusBefore()).isEqualTo(new PrinterStatus(true, false, false, false));
        assertThat(device.printedTickets()).hasSize(2);
        assertThat(device.cuts()).isEqualTo(2);
    }

    @Test
    void brokenLinkIsReportedNotThrown() {
        link.host().close();

        PrintOutcome outcome = printer.print(SampleTickets.priority());

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).startsWith("Mất kết nối với máy in");
    }

    /** Passes everything through and keeps a copy of each write, to check the bytes on the wire. */
    private static final class RecordingTransport implements Transport {
        private final Transport delegate;
        private final List<byte[]> writes = new ArrayList<>();

        RecordingTransport(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            writes.add(bytes.clone());
            delegate.write(bytes);
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) throws IOException {
            return delegate.read(buffer, timeoutMillis);
        }

        @Override
        public void close() {
            delegate.close();
        }

        @Override
        public String describe() {
            return "recording " + delegate.describe();
        }
    }
}
