package vn.motcua.devices.rs485;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many counter LED displays on one RS-485 link: frames {@code 01 address text 07}, one at a time with
 * {@link DisplayConfig#frameGap()} of silence between them, written by one daemon thread that
 * {@link #close()} stops. Callers never block on the bus.
 */
public final class DisplayBus implements AutoCloseable {

    private record Frame(long dueNanos, long seq, int address, long generation, String text) {}

    private final SupervisedLink link;
    private final DisplayConfig config;
    private final Thread writer;
    private final Object lock = new Object();
    // Guarded by lock: frames waiting, in due order; a frame whose generation is stale was superseded.
    private final PriorityQueue<Frame> queue = new PriorityQueue<>(
            (a, b) -> a.dueNanos != b.dueNanos ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.seq, b.seq));
    private final Map<Integer, Long> generations = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, CounterDisplay> displays = new HashMap<>();
    private long seq;
    private boolean running = true;
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong framesLost = new AtomicLong();

    /** Starts the bus on {@code link}, which it owns and closes. */
    public DisplayBus(SupervisedLink link, DisplayConfig config) {
        this.link = link;
        this.config = config;
        this.writer = Thread.ofPlatform().daemon().name("display-bus " + link.describe()).start(this::run);
    }

    /** The display at {@code address} (0x20..0xFF); the same object for the same address. */
    public CounterDisplay display(int address) {
        BusFrame.checkAddress(address);
        synchronized (lock) {
            return displays.computeIfAbsent(address, a -> new CounterDisplay(this, a));
        }
    }

    /** Frames sent, frames lost to a dead link, and the link state. */
    public BusHealth health() {
        return link.health(framesSent.get(), framesLost.get(), 0);
    }

    /** The settings in use. */
    public DisplayConfig config() {
        return config;
    }

    /** Stops the writer (frames still queued are dropped) and closes the link. */
    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        link.close();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void submit(int address, String text, boolean blink) {
        String fitted = DisplayText.fit(text, config.width());
        String blank = " ".repeat(config.width());
        synchronized (lock) {
            long generation = generations.merge(address, 1L, Long::sum);
            texts.put(address, fitted);
            long now = System.nanoTime();
            long step = config.blinkInterval().toNanos();
            int frames = blink ? 2 * config.blinks() + 1 : 1;
            // A blink is text, blank, text, … ending on the text, so the board is left showing the call.
            for (int i = 0; i < frames; i++) {
                queue.add(new Frame(now + i * step, seq++, address, generation, i % 2 == 0 ? fitted : blank));
            }
            lock.notifyAll();
        }
    }

    String textOf(int address) {
        synchronized (lock) {
            return texts.getOrDefault(address, " ".repeat(config.width()));
        }
    }

    private void run() {
        long gap = config.frameGap().toNanos();
        long lastEnd = System.nanoTime() - gap;
        while (true) {
            Frame frame;
            synchronized (lock) {
                frame = null;
                while (running && frame == null) {
                    Frame head = queue.peek();
                    long now = System.nanoTime();
                    if (head != null && generations.get(head.address) != head.generation) {
                        queue.poll();
                        continue;
                    }
                    long wait = head == null ? TimeUnit.SECONDS.toNanos(1) : Math.max(head.dueNanos, lastEnd + gap) - now;
                    if (wait <= 0) {
                        frame = queue.poll();
                    } else {
                        awaitNanos(wait);
                    }
                }
                if (!running) {
                    return;
                }
            }
            try {
                link.write(BusFrame.encode(frame.address, frame.text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
                framesSent.incrementAndGet();
            } catch (IOException e) {
                framesLost.incrementAndGet();
                retryLater(frame);
            }
            lastEnd = System.nanoTime();
        }
    }

    // After a lost frame only the display's latest text matters: resend it until the link is back.
    private void retryLater(Frame lost) {
        synchronized (lock) {
            if (generations.get(lost.address) == lost.generation) {
                queue.add(new Frame(System.nanoTime() + config.retryInterval().toNanos(), seq++, lost.address,
                        lost.generation, texts.get(lost.address)));
            }
        }
    }

    private void awaitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
