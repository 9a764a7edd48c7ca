package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.devices.rs485.DisplayBusTest.waitUntil;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.devices.simulator.SimulatedKeyPad;
import vn.motcua.devices.transport.SerialTransport;

class KeyBusTest {

    private final List<KeyEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void padAndKeypadPressesArriveWithAddressScoreAndCommand(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var bus = new KeyBus(SupervisedLink.serial(ptys.host.toString(), 9_600), KeyBusConfig.DEFAULT, events::add);
             var pads = new SimulatedKeyPad(SerialTransport.open(ptys.device.toString(), 9_600))) {
            pads.rate(0x21, 5);
            pads.rate(0x22, 1);
            pads.press(0x40, KeypadCommand.CALL_NEXT);
            pads.press(0x40, KeypadCommand.RECALL);
            pads.press(0x40, KeypadCommand.NO_SHOW);
            pads.press(0x40, KeypadCommand.FINISH);
            waitUntil(() -> events.size() == 6);

            assertThat(events).containsExactly(new PadPressed(0x21, 5), new PadPressed(0x22, 1),
                    new KeypadPressed(0x40, KeypadCommand.CALL_NEXT), new KeypadPressed(0x40, KeypadCommand.RECALL),
                    new KeypadPressed(0x40, KeypadCommand.NO_SHOW), new KeypadPressed(0x40, KeypadCommand.FINISH));
            assertThat(bus.health().framesOk()).isEqualTo(6);
            assertThat(bus.health().framesBad()).isZero();
        }
    }

    @Test
    void repeatedPressesInsideTheDebounceWindowCountOnce(@TempDir Path dir) throws Exception {
        try (var ptys = new PtyPair(dir);
             var bus = new KeyBus(SupervisedLink.serial(ptys.host.toString(), 9_600), KeyBusConfig.DEFAULT, events::add);
             var pads = new SimulatedKeyPad(SerialTransport.open(ptys.device.toString(), 9_600))) {
            pads.rate(0x21, 4);
            pads.rate(0x21, 4);
            Thread.sleep(50);
            pads.rate(0x21, 4);
            pads.rate(0x22, 4);
            waitUntil(() -> bus.health().framesOk() == 4);
            Thread.sleep(400);
            pads.rate(0x21, 4);
            waitUntil(() -> bus.health().framesOk() == 5);

            assertThat(events).containsExactly(new PadPressed(0x21, 4), new PadPressed(0x22, 4), new PadPressed(0x21, 4));
            assertThat(bus.health().debounced()).isEqualTo(2);
        }
    }

    @Test
    void afterAnUnplugTheLinkIsReopenedWithin5SecondsAndNoPressIsDuplicated(@TempDir Path dir) throws Exception {
        var ptys = new PtyPair(dir);
        try (var bus = new KeyBus(SupervisedLink.serial(ptys.host.toString(), 9_600), KeyBusConfig.DEFAULT, events::add)) {
            try (var pads = new SimulatedKeyPad(SerialTransport.open(ptys.device.toString(), 9_600))) {
                pads.rate(0x21, 3);
                pads.sendRaw(new byte[] {0x01, 0x22});   // mid-stream: half a frame, then the cable goes
                waitUntil(() -> events.size() == 1);
                Thread.sleep(50);
                ptys.unplug();
            }
            waitUntil(() -> bus.health().state() == LinkState.DOWN);
            assertThat(bus.health().downSince()).isNotNull();
            Thread.sleep(3_000);   // long enough for the back-off to reach its ceiling

            long pluggedIn = System.nanoTime();
            ptys.start();
            waitUntil(() -> bus.health().state() == LinkState.UP);
            long reconnectMillis = (System.nanoTime() - pluggedIn) / 1_000_000;
            System.out.println("KeyBus reconnected " + reconnectMillis + " ms after the port came back");
            assertThat(reconnectMillis).isLessThan(5_000);

            try (var pads = new SimulatedKeyPad(SerialTransport.open(ptys.device.toString(), 9_600))) {
                pads.rate(0x21, 2);
                pads.press(0x40, KeypadCommand.CALL_NEXT);
                waitUntil(() -> events.size() == 3);
                Thread.sleep(300);
            }
            assertThat(events).containsExactly(new PadPressed(0x21, 3), new PadPressed(0x21, 2),
                    new KeypadPressed(0x40, KeypadCommand.CALL_NEXT));
            BusHealth health = bus.health();
            assertThat(health.reconnects()).isEqualTo(1);
            assertThat(health.framesBad()).as("the half frame cut by the unplug").isEqualTo(1);
            assertThat(health.linkErrors()).isPositive();
            assertThat(health.downSince()).isNull();
        } finally {
            ptys.close();
        }
    }

    @Test
    void fuzzOf100000FramesCountsEveryBadOneAndLosesNoValidOne(@TempDir Path dir) throws Exception {
        var random = new Random(20_240_611L);
        var keys = new KeyMap(5);
        var wire = new ByteArrayOutputStream();
        var expected = new ArrayList<KeyEvent>();
        int invalid = 0;
        boolean previousLeftOpen = false;   // an unterminated item would swallow following noise into itself
        for (int i = 0; i < 100_000; i++) {
            int kind = random.nextInt(previousLeftOpen ? 4 : 5);
            previousLeftOpen = false;
            switch (kind) {
                case 0 -> {   // valid
                    int address = 0x20 + random.nextInt(0xE0);
                    int key = random.nextBoolean() ? '1' + random.nextInt(5)
                            : KeypadCommand.values()[random.nextInt(4)].code();
                    wire.writeBytes(SimulatedKeyPad.frame(address, key));
                    expected.add(keys.decode(address, key));
                }
                case 1 -> {   // right shape, wrong address or unknown key
                    int address;
                    int key;
                    do {
                        address = dataByte(random);
                        key = dataByte(random);
                    } while (BusFrame.isAddress(address) && keys.isKey(key));
                    wire.writeBytes(new byte[] {0x01, (byte) address, (byte) key, 0x07});
                    invalid++;
                }
                case 2 -> {   // wrong length, terminated
                    int length = new int[] {0, 1, 3, 4, 7}[random.nextInt(5)];
                    wire.write(0x01);
                    for (int b = 0; b < length; b++) {
                        wire.write(dataByte(random));
                    }
                    wire.write(0x07);
                    invalid++;
                }
                case 3 -> {   // cut off: no BEL, the next item's SOH ends it
                    int length = random.nextInt(6);
                    wire.write(0x01);
                    for (int b = 0; b < length; b++) {
                        wire.write(dataByte(random));
                    }
                    invalid++;
                    previousLeftOpen = true;
                }
                default -> {  // line noise: any bytes but SOH, BEL included
                    int length = 1 + random.nextInt(8);
                    for (int b = 0; b < length; b++) {
                        wire.write(1 + 1 + random.nextInt(254));
                    }
                    invalid++;
                    previousLeftOpen = true;
                }
            }
        }
        wire.writeBytes(SimulatedKeyPad.frame(0x21, '5'));   // closes the last item
        expected.add(new PadPressed(0x21, 5));
        byte[] bytes = wire.toByteArray();
        int invalidSent = invalid;

        var config = new KeyBusConfig(5, Duration.ZERO, Duration.ofMillis(500));
        try (var ptys = new PtyPair(dir);
             var bus = new KeyBus(SupervisedLink.serial(ptys.host.toString(), 115_200), config, events::add);
             var pads = new SimulatedKeyPad(SerialTransport.open(ptys.device.toString(), 115_200))) {
            long start = System.nanoTime();
            for (int offset = 0; offset < bytes.length; offset += 4096) {
                pads.sendRaw(java.util.Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + 4096)));
            }
            waitUntil(() -> events.size() >= expected.size());
            System.out.printf("Fuzz: %d bytes, %d valid, %d invalid frames in %d ms%n", bytes.length, expected.size(),
                    invalidSent, (System.nanoTime() - start) / 1_000_000);
            Thread.sleep(100);

            assertThat(events).containsExactlyElementsOf(expected);
            assertThat(bus.health().framesBad()).isEqualTo(invalidSent);
            assertThat(bus.health().framesOk()).isEqualTo(expected.size());
        }
    }

    // Any byte but the two delimiters, so an item never splits into two.
    private static int dataByte(Random random) {
        int b;
        do {
            b = random.nextInt(256);
        } while (b == 0x01 || b == 0x07);
        return b;
    }
}
