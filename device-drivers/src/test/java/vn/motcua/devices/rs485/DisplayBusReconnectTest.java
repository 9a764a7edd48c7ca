package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.devices.rs485.DisplayBusTest.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.simulator.SimulatedLedBoard;
import vn.motcua.devices.simulator.SimulatedLedBoard.ReceivedFrame;
import vn.motcua.devices.transport.SerialTransport;

/** A display bus whose adapter is pulled and plugged back, on real ptys: what each board receives afterwards. */
class DisplayBusReconnectTest {

    private static final DisplayConfig CONFIG = new DisplayConfig(
            8, Duration.ofMillis(20), 3, Duration.ofMillis(60), Duration.ofMillis(250));

    @Test
    void anIdleBusNoticesTheUnplugAndEveryBoardGetsItsTextOnceWithin2sOfThePortReturning(@TempDir Path dir)
            throws Exception {
        var ptys = new PtyPair(dir);
        try (var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200), CONFIG)) {
            try (var before = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200))) {
                bus.display(0x21).show("A001");
                bus.display(0x22).call("B002");
                bus.display(0x23).show("C003");
                waitUntil(() -> before.framesFor(0x22).size() == 7 && before.frames().size() == 9);
            }
            ptys.unplug();
            // Nothing is written meanwhile: the bus must find out by itself that its port is gone.
            waitUntil(() -> bus.health().state() == LinkState.DOWN);
            assertThat(bus.health().downSince()).isNotNull();
            assertThat(bus.health().reconnects()).isZero();
            Thread.sleep(3_000);

            ptys.start();
            long pluggedIn = System.nanoTime();
            try (var after = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200))) {
                waitUntil(() -> after.frames().size() >= 3);
                long lastMillis = TimeUnit.NANOSECONDS.toMillis(after.frames().getLast().nanos() - pluggedIn);
                System.out.println("Every board had its text again " + lastMillis + " ms after the port came back");
                assertThat(lastMillis).isLessThan(2_000);
                Thread.sleep(1_000);   // room for any duplicate to show up

                assertThat(after.framesFor(0x21)).extracting(ReceivedFrame::text).containsExactly("A001    ");
                assertThat(after.framesFor(0x22)).extracting(ReceivedFrame::text).containsExactly("B002    ");
                assertThat(after.framesFor(0x23)).extracting(ReceivedFrame::text).containsExactly("C003    ");
            }
            assertThat(bus.health().state()).isEqualTo(LinkState.UP);
            assertThat(bus.health().reconnects()).isEqualTo(1);
        } finally {
            ptys.close();
        }
    }

    @Test
    void aCallWhoseFramesWereAllLostReachesItsBoardOnceAfterTheReplug(@TempDir Path dir) throws Exception {
        var ptys = new PtyPair(dir);
        try (var bus = new DisplayBus(SupervisedLink.serial(ptys.host.toString(), 115_200), CONFIG)) {
            bus.display(0x21).show("A001");
            waitUntil(() -> bus.health().framesOk() == 1);
            ptys.unplug();
            // A call while unplugged: its text and blink frames (7) all fail on the dead port.
            bus.display(0x22).call("B002");
            waitUntil(() -> bus.health().framesBad() >= 7);
            Thread.sleep(2_000);

            ptys.start();
            try (var after = SimulatedLedBoard.start(SerialTransport.open(ptys.device.toString(), 115_200))) {
                waitUntil(() -> after.frames().size() >= 2);
                Thread.sleep(1_500);

                assertThat(after.framesFor(0x22)).as("one resend, not one per lost frame")
                        .extracting(ReceivedFrame::text).containsExactly("B002    ");
                assertThat(after.framesFor(0x21)).extracting(ReceivedFrame::text).containsExactly("A001    ");
                bus.display(0x21).show("A004");
                waitUntil(() -> after.framesFor(0x21).size() == 2);
                assertThat(after.shown(0x21)).isEqualTo("A004    ");
            }
        } finally {
            ptys.close();
        }
    }
}
