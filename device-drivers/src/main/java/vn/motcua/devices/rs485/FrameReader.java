package vn.motcua.devices.rs485;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Cuts the byte stream from pads and keypads into 4-byte frames {@code 01 address key 07}, resynchronising
 * on garbage: anything that is not exactly a valid frame is counted once as bad and dropped. It never
 * waits for bytes, so a broken frame cannot hold up the next one. Fed by one thread; counters readable by any.
 *
 * <p>Boundaries: SOH (0x01) always starts a new frame; BEL (0x07) ends the frame in progress; a frame
 * grown past 4 bytes without BEL is bad and everything up to the next BEL or SOH belongs to it; bytes
 * outside any frame up to the next SOH form one bad run; a frame in progress whose last byte is older
 * than the inter-byte timeout is bad when the next byte arrives.
 */
public final class FrameReader {

    /** Receives each valid frame. */
    @FunctionalInterface
    public interface FrameSink {
        /** Called with the address and key byte of a valid frame. */
        void frame(int address, int key);
    }

    private enum State { IDLE, FRAME, DISCARD_FRAME, JUNK }

    private final IntPredicate validKey;
    private final long interByteTimeoutNanos;
    private final FrameSink sink;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong bad = new AtomicLong();
    private State state = State.IDLE;
    private final int[] frame = new int[4];
    private int length;
    private long lastByteNanos;

    /** Accepts frames whose key passes {@code validKey}; {@code interByteTimeoutNanos} 0 disables the timeout. */
    public FrameReader(IntPredicate validKey, long interByteTimeoutNanos, FrameSink sink) {
        this.validKey = validKey;
        this.interByteTimeoutNanos = interByteTimeoutNanos;
        this.sink = sink;
    }

    /** Feeds {@code count} bytes that arrived at {@code nanos} (System.nanoTime). */
    public void accept(byte[] bytes, int count, long nanos) {
        if (count > 0 && state != State.IDLE && interByteTimeoutNanos > 0 && nanos - lastByteNanos > interByteTimeoutNanos) {
            // A device that stopped mid-frame and talks again later starts over; its old half is bad.
            flush();
        }
        for (int i = 0; i < count; i++) {
            accept(bytes[i] & 0xFF);
        }
        lastByteNanos = nanos;
    }

    /** Ends whatever is in progress (the link dropped): a partial frame or junk run is counted as bad. */
    public void flush() {
        if (state != State.IDLE) {
            bad.incrementAndGet();
        }
        state = State.IDLE;
        length = 0;
    }

    /** Valid frames seen. */
    public long framesOk() {
        return ok.get();
    }

    /** Invalid frames and junk runs dropped. */
    public long framesBad() {
        return bad.get();
    }

    private void accept(int b) {
        if (b == BusFrame.START) {
            if (state != State.IDLE) {
                bad.incrementAndGet();
            }
            state = State.FRAME;
            frame[0] = b;
            length = 1;
            return;
        }
        switch (state) {
            case IDLE -> state = State.JUNK;
            case JUNK -> { }
            case DISCARD_FRAME -> {
                if (b == BusFrame.END) {
                    bad.incrementAndGet();
                    state = State.IDLE;
                }
            }
            case FRAME -> {
                if (b == BusFrame.END) {
                    finish();
                } else if (length == frame.length - 1) {
                    state = State.DISCARD_FRAME;
                } else {
                    frame[length++] = b;
                }
            }
        }
    }

    private void finish() {
        state = State.IDLE;
        if (length == 3 && BusFrame.isAddress(frame[1]) && validKey.test(frame[2])) {
            ok.incrementAndGet();
            sink.frame(frame[1], frame[2]);
        } else {
            bad.incrementAndGet();
        }
        length = 0;
    }
}
