package vn.motcua.devices.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.devices.rs485.BusFrame;
import vn.motcua.devices.transport.Transport;

/**
 * Plays every LED display on an RS-485 bus from the device end of a {@link Transport}, on a daemon
 * thread: decodes {@code 01 address text 07} frames and keeps what each address shows and every frame seen.
 */
public final class SimulatedLedBoard implements AutoCloseable {

    /** One frame as received: when (System.nanoTime), which address, which text, and its raw bytes. */
    public record ReceivedFrame(long nanos, int address, String text, byte[] bytes) {}

    private static final int MAX_FRAME = 1024;

    private final Transport link;
    private final Thread worker;
    private final Map<Integer, String> shown = new ConcurrentHashMap<>();
    private final List<ReceivedFrame> frames = new CopyOnWriteArrayList<>();
    private final AtomicLong badFrames = new AtomicLong();
    private volatile boolean running = true;

    private SimulatedLedBoard(Transport link) {
        this.link = link;
        this.worker = Thread.ofPlatform().daemon().name("simulated-led " + link.describe()).unstarted(this::run);
    }

    /** Starts listening on {@code deviceEnd}. */
    public static SimulatedLedBoard start(Transport deviceEnd) {
        var board = new SimulatedLedBoard(deviceEnd);
        board.worker.start();
        return board;
    }

    /** What the display at {@code address} shows now, or null if it got no frame yet. */
    public String shown(int address) {
        return shown.get(address);
    }

    /** Every valid frame received, oldest first. */
    public List<ReceivedFrame> frames() {
        return List.copyOf(frames);
    }

    /** The valid frames for one address, oldest first. */
    public List<ReceivedFrame> framesFor(int address) {
        return frames.stream().filter(f -> f.address() == address).toList();
    }

    /** Frames that did not decode (no SOH, bad address, non-ASCII text, too long). */
    public long badFrames() {
        return badFrames.get();
    }

    /** Stops listening and closes the device end. */
    @Override
    public void close() {
        running = false;
        link.close();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        byte[] buffer = new byte[256];
        byte[] frame = new byte[MAX_FRAME];
        int length = -1;   // -1: waiting for SOH
        while (running) {
            int count;
            try {
                count = link.read(buffer, 100);
            } catch (IOException e) {
                return;
            }
            long now = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int b = buffer[i] & 0xFF;
                if (b == BusFrame.START) {
                    if (length >= 0) {
                        badFrames.incrementAndGet();
                    }
                    length = 0;
                    frame[length++] = (byte) b;
                } else if (length < 0) {
                    continue;
                } else if (b == BusFrame.END) {
                    frame[length++] = (byte) b;
                    decode(java.util.Arrays.copyOf(frame, length), now);
                    length = -1;
                } else if (length == MAX_FRAME - 1) {
                    badFrames.incrementAndGet();
                    length = -1;
                } else {
                    frame[length++] = (byte) b;
                }
            }
        }
    }

    private void decode(byte[] bytes, long nanos) {
        int address = bytes.length >= 3 ? bytes[1] & 0xFF : -1;
        boolean ascii = true;
        for (int i = 2; i < bytes.length - 1; i++) {
            ascii &= bytes[i] >= 0x20 && bytes[i] <= 0x7E;
        }
        if (!BusFrame.isAddress(address) || !ascii) {
            badFrames.incrementAndGet();
            return;
        }
        String text = new String(bytes, 2, bytes.length - 3, StandardCharsets.US_ASCII);
        shown.put(address, text);
        frames.add(new ReceivedFrame(nanos, address, text, bytes));
    }
}
