package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals made by socat: the host end and the device end of a fake RS-485 cable. */
public final class PtyPair implements AutoCloseable {

    public final Path host;
    public final Path device;
    private Process socat;

    public PtyPair(Path dir) throws IOException, InterruptedException {
        this.host = dir.resolve("host");
        this.device = dir.resolve("device");
        start();
    }

    /** Starts socat (again) on the same link paths, like plugging the adapter back in. */
    public void start() throws IOException, InterruptedException {
        try {
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "socat is not installed (apt-get install socat); skipping the RS-485 pty test");
            throw e;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(host) && Files.exists(device)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(Files.exists(host) && Files.exists(device)).as("socat created both ptys").isTrue();
    }

    /** Kills socat, like pulling the USB adapter: both ptys close and their links vanish. */
    public void unplug() throws IOException, InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
        // A killed socat may leave its links dangling; a new one must be able to create them again.
        Files.deleteIfExists(host);
        Files.deleteIfExists(device);
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
    }
}
