package vn.motcua.devices.transport;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One end of an in-memory link, so a simulator can play the device inside the same JVM. */
public final class InMemoryTransport implements Transport {

    /** The two ends of one link: the driver uses {@code host}, the simulator {@code device}. */
    public record Pair(InMemoryTransport host, InMemoryTransport device) {}

    // Identity marker that wakes a reader blocked on the queue when the link is closed.
    private static final byte[] CLOSED = new byte[0];

    private final String name;
    private final BlockingQueue<byte[]> inbound;
    private final BlockingQueue<byte[]> outbound;
    private final AtomicBoolean linkClosed;
    private final Object readLock = new Object();
    private byte[] pending = new byte[0];
    private int pendingOffset;

    private InMemoryTransport(String name, BlockingQueue<byte[]> inbound, BlockingQueue<byte[]> outbound,
                              AtomicBoolean linkClosed) {
        this.name = name;
        this.inbound = inbound;
        this.outbound = outbound;
        this.linkClosed = linkClosed;
    }

    /** Creates a linked pair; closing either end closes the link, like pulling the cable. */
    public static Pair pair(String name) {
        var toDevice = new LinkedBlockingQueue<byte[]>();
        var toHost = new LinkedBlockingQueue<byte[]>();
        var closed = new AtomicBoolean();
        return new Pair(new InMemoryTransport(name + " (host)", toHost, toDevice, closed),
                new InMemoryTransport(name + " (device)", toDevice, toHost, closed));
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        ensureOpen();
        if (bytes.length > 0) {
            outbound.add(bytes.clone());
        }
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        synchronized (readLock) {
            if (pendingOffset == pending.length) {
                ensureOpen();
                byte[] next;
                try {
                    next = timeoutMillis > 0 ? inbound.poll(timeoutMillis, TimeUnit.MILLISECONDS) : inbound.poll();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while reading " + name, e);
                }
                if (next == null) {
                    return 0;
                }
                if (next == CLOSED) {
                    throw closedException();
                }
                pending = next;
                pendingOffset = 0;
            }
            int count = Math.min(buffer.length, pending.length - pendingOffset);
            System.arraycopy(pending, pendingOffset, buffer, 0, count);
            pendingOffset += count;
            return count;
        }
    }

    @Override
    public void close() {
        if (linkClosed.compareAndSet(false, true)) {
            inbound.add(CLOSED);
            outbound.add(CLOSED);
        }
    }

    @Override
    public String describe() {
        return "in-memory " + name;
    }

    private void ensureOpen() throws IOException {
        if (linkClosed.get()) {
            throw closedException();
        }
    }

    private IOException closedException() {
        return new IOException("Link closed: " + name);
    }
}
