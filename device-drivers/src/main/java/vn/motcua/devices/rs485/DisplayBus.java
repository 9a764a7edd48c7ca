package vn.motcua.devices.rs485;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many counter LED displays on one RS-485 link: frames {@code 01 address text 07}, one at a time with
 * {@link DisplayConfig#frameGap()} of silence between them, written by one daemon thread that
 * {@link #close()} stops. Callers never block on the bus. The thread checks the link while idle, and after
 * every reconnect sends each display its latest text once.
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
    private volatile boolean running = true;
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
        long probe = config.probeInterval().toNanos();
        long lastEnd = System.nanoTime() - gap;
        long nextCheck = System.nanoTime() + probe;
        long opensSeen = link.opens();
        while (true) {
            Frame frame = next(lastEnd + gap, nextCheck);
            if (!running) {
                return;
            }
            if (frame == null) {
                // Idle, or down: only asking finds a lost port, and only reopening finds it back.
                link.check();
                nextCheck = System.nanoTime() + probe;
                if (link.opens() != opensSeen) {
                    opensSeen = link.opens();
                    resendAll();
                }
            } else if (link.state() == LinkState.DOWN) {
                // Not even tried: the board gets its latest text once the port is back, so no frame is retried.
                framesLost.incrementAndGet();
            } else {
                try {
                    link.write(BusFrame.encode(frame.address, frame.text.getBytes(StandardCharsets.US_ASCII)));
                    framesSent.incrementAndGet();
                    nextCheck = System.nanoTime() + probe;
                } catch (IOException e) {
                    framesLost.incrementAndGet();
                }
                lastEnd = System.nanoTime();
            }
        }
    }

    // The next frame due no later than checkAt (never before notBefore), or null once checkAt has come.
    private Frame next(long notBefore, long checkAt) {
        synchronized (lock) {
            while (running) {
                Frame head = queue.peek();
                if (head != null && generations.get(head.address) != head.generation) {
                    queue.poll();
                    continue;
                }
                long due = head == null ? checkAt : head.dueNanos - notBefore > 0 ? head.dueNanos : notBefore;
                boolean frameFirst = head != null && due - checkAt <= 0;
                long wait = (frameFirst ? due : checkAt) - System.nanoTime();
                if (wait <= 0) {
                    return frameFirst ? queue.poll() : null;
                }
                awaitNanos(wait);
            }
            return null;
        }
    }

    // A reopened port may lead to boards that lost power or bytes with their adapter: each gets its latest
    // text once, and whatever was still queued from before (a blink cut by the loss) is dropped.
    private void resendAll() {
        synchronized (lock) {
            long now = System.nanoTime();
            for (Map.Entry<Integer, String> board : texts.entrySet()) {
                long generation = generations.merge(board.getKey(), 1L, Long::sum);
                queue.add(new Frame(now, seq++, board.getKey(), generation, board.getValue()));
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
