package vn.motcua.devices.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialTransportTest {

    @Test
    void bytesFlowBetweenTwoLinkedPseudoTerminals(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Process socat = startSocat(a, b);
        try (var host = SerialTransport.open(a.toString(), 19_200);
             var device = SerialTransport.open(b.toString(), 19_200)) {
            host.write(new byte[] {0x10, 0x04, 4});
            device.write(new byte[] {0x12});

            assertThat(readExactly(device, 3)).containsExactly(0x10, 0x04, 4);
            assertThat(readExactly(host, 1)).containsExactly(0x12);
            assertThat(host.read(new byte[1], 100)).isZero();
            assertThat(host.read(new byte[1], 0)).isZero();
            assertThat(host.describe()).isEqualTo("serial " + a + " @ 19200 8N1");
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLineWithEvenParityIsOpenedAsSuch(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Process socat = startSocat(a, b);
        try (var host = SerialTransport.open(a.toString(), 9_600, Parity.EVEN);
             var device = SerialTransport.open(b.toString(), 9_600, Parity.EVEN)) {
            host.write(new byte[] {0x01, 0x23, 0x4E, 0x07});
            assertThat(readExactly(device, 4)).containsExactly(0x01, 0x23, 0x4E, 0x07);
            assertThat(host.describe()).isEqualTo("serial " + a + " @ 9600 8E1");
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void missingPortIsAnIOException(@TempDir Path dir) {
        String missing = dir.resolve("no-such-port").toString();

        assertThatThrownBy(() -> SerialTransport.open(missing, 9_600))
                .isInstanceOf(IOException.class);
    }

    private static Process startSocat(Path a, Path b) throws IOException, InterruptedException {
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "socat is not installed (apt-get install socat); skipping the serial pty test");
            throw e;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Files.exists(a) && Files.exists(b)).as("socat created both ptys").isTrue();
        return socat;
    }

    private static byte[] readExactly(Transport transport, int count) throws IOException {
        byte[] result = new byte[count];
        int filled = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (filled < count && System.nanoTime() < deadline) {
            byte[] buffer = new byte[count - filled];
            int read = transport.read(buffer, 200);
            System.arraycopy(buffer, 0, result, filled, read);
            filled += read;
        }
        return result;
    }
}
