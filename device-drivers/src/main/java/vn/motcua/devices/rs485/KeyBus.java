package vn.motcua.devices.rs485;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Rating pads and caller keypads on one RS-485 link: a daemon thread reads 4-byte frames, drops bad ones,
 * debounces, and hands {@link PadPressed} / {@link KeypadPressed} to the listener. {@link #close()} stops it.
 * The listener runs on the reader thread and should hand work off quickly; an exception it throws is
 * logged and does not stop the bus.
 */
public final class KeyBus implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 100;

    private final SupervisedLink link;
    private final KeyMap keys;
    private final Debouncer debouncer;
    private final FrameReader reader;
    private final Consumer<KeyEvent> listener;
    private final Thread thread;
    private final AtomicLong debounced = new AtomicLong();
    private volatile boolean running = true;
    private volatile long lastFrameNanos;

    /** Starts reading {@code link}, which it owns and closes, and calls {@code listener} for each press. */
    public KeyBus(SupervisedLink link, KeyBusConfig config, Consumer<KeyEvent> listener) {
        this.link = link;
        this.keys = new KeyMap(config.ratingPoints());
        this.debouncer = new Debouncer(config.debounce().toNanos());
        this.listener = listener;
        this.reader = new FrameReader(keys::isKey, config.interByteTimeout().toNanos(), this::onFrame);
        this.thread = Thread.ofPlatform().daemon().name("key-bus " + link.describe()).start(this::run);
    }

    /** Frames ok / bad / debounced and the link state. */
    public BusHealth health() {
        return link.health(reader.framesOk(), reader.framesBad(), debounced.get());
    }

    /** The key map in use (for simulators and tests). */
    public KeyMap keys() {
        return keys;
    }

    /** Stops the reader thread and closes the link. */
    @Override
    public void close() {
        running = false;
        link.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        byte[] buffer = new byte[512];
        while (running) {
            try {
                int count = link.read(buffer, READ_TIMEOUT_MILLIS);
                if (count > 0) {
                    lastFrameNanos = System.nanoTime();
                    reader.accept(buffer, count, lastFrameNanos);
                }
            } catch (IOException e) {
                // The link dropped: what was half received is bad; the supervised link reopens on the next read.
                reader.flush();
            }
        }
    }

    private void onFrame(int address, int key) {
        if (!debouncer.accept(address, key, lastFrameNanos)) {
            debounced.incrementAndGet();
            return;
        }
        try {
            listener.accept(keys.decode(address, key));
        } catch (RuntimeException e) {
            // A broken listener must not silence the counter's keypad.
            System.getLogger(KeyBus.class.getName()).log(System.Logger.Level.WARNING, "Key listener failed", e);
        }
    }
}
