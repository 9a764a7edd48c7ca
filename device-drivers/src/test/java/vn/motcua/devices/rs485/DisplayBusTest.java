package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.devices.simulator.SimulatedLedBoard.ReceivedFrame;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.devices.transport.Transport;

class DisplayBusTest {

    private static final DisplayConfig CONFIG = new DisplayConfig(
            8, Duration.ofMillis(50), 2, Duration.ofMillis(60), Duration.ofMillis(100));

    @Test
    void aFrameIsExactlySohAddressFittedAsciiTextBel(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var device = SerialTransport.open(ptys.device.toString(), 9_600);
             var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 9_600), CONFIG)) {
            bus.display(0x23).show("Quầy 3");

            assertThat(readExactly(device, 11)).containsExactly(
                    0x01, 0x23, 'Q', 'u', 'a', 'y', ' ', '3', ' ', ' ', 0x07);
            assertThat(bus.display(0x23).text()).isEqualTo("Quay 3  ");
            assertThat(bus.health().framesOk()).isEqualTo(1);
            assertThat(bus.health().state()).isEqualTo(LinkState.UP);
        }
    }

    @Test
    void manyDisplaysShareTheBusOneFrameAtATimeWithTheGap(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var board = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200));
             var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200), CONFIG)) {
            long start = System.nanoTime();
            for (int counter = 1; counter <= 6; counter++) {
                bus.display(0x20 + counter).show("A10" + counter + " Đến quầy " + counter);
            }
            waitUntil(() -> board.frames().size() == 6);

            long elapsed = board.frames().getLast().nanos() - start;
            assertThat(elapsed).as("5 gaps of 50 ms between 6 frames").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(250));
            for (int counter = 1; counter <= 6; counter++) {
                assertThat(board.shown(0x20 + counter)).isEqualTo(("A10" + counter + " Den quay").substring(0, 8));
            }
            assertThat(board.badFrames()).isZero();
        }
    }

    @Test
    void aCallBlinksByAlternatingWithBlankAndEndsOnTheText(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var board = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200));
             var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200), CONFIG)) {
            bus.display(0x30).call("B007");
            waitUntil(() -> board.framesFor(0x30).size() == 5);
            Thread.sleep(200);

            assertThat(board.framesFor(0x30)).extracting(ReceivedFrame::text)
                    .containsExactly("B007    ", "        ", "B007    ", "        ", "B007    ");
        }
    }

    @Test
    void aNewTextCancelsTheRestOfABlink(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var board = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200));
             var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200),
                     new DisplayConfig(8, Duration.ofMillis(10), 5, Duration.ofMillis(300), Duration.ofMillis(100)))) {
            bus.display(0x30).call("B007");
            waitUntil(() -> board.framesFor(0x30).size() == 1);
            bus.display(0x30).show("B008");
            Thread.sleep(800);

            assertThat(board.framesFor(0x30)).extracting(ReceivedFrame::text).containsExactly("B007    ", "B008    ");
            assertThat(board.shown(0x30)).isEqualTo("B008    ");
        }
    }

    @Test
    void afterAnUnplugTheLatestTextIsShownOnceThePortIsBack(@TempDir Path dir) throws Exception {
        var ptys = new PtyPair(dir);
        try (var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200), CONFIG)) {
            ptys.unplug();
            bus.display(0x21).show("C001");
            waitUntil(() -> bus.health().state() == LinkState.DOWN && bus.health().framesBad() > 0);
            assertThat(bus.health().downSince()).isNotNull();
            assertThat(bus.health().lastError()).isNotBlank();

            ptys.start();
            try (var board = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200))) {
                waitUntil(() -> "C001    ".equals(board.shown(0x21)));
                assertThat(bus.health().state()).isEqualTo(LinkState.UP);
            }
        } finally {
            ptys.close();
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    static int[] readExactly(Transport transport, int count) throws IOException {
        int[] result = new int[count];
        byte[] one = new byte[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (int filled = 0; filled < count && System.nanoTime() < deadline; ) {
            if (transport.read(one, 200) == 1) {
                result[filled++] = one[0] & 0xFF;
            }
        }
        return result;
    }
}
