package vn.motcua.devices.rs485;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import vn.motcua.devices.transport.Parity;
import vn.motcua.devices.transport.SerialTransport;
import vn.motcua.devices.transport.Transport;

/**
 * A {@link Transport} that reopens its port after it went away (USB unplugged, pty closed, TCP reset),
 * waiting {@link Backoff} between attempts, and keeps the UP/DOWN state for the supervisor screen.
 * Reads, writes and {@link #check()} drive reopening, so no thread of its own is needed. The log gets one
 * line when the port is lost and one when it is back, not one per failed attempt.
 */
public final class SupervisedLink implements Transport {

    private static final System.Logger LOG = System.getLogger(SupervisedLink.class.getName());

    private final String name;
    private final LinkOpener opener;
    private final Backoff backoff;
    private final InstantSource clock;
    private final Object lock = new Object();
    // All fields below are guarded by lock.
    private Transport current;
    private boolean closed;
    private Instant downSince;
    private Duration delay;
    private long nextAttemptNanos;
    private long linkErrors;
    private long opens;
    private String lastError;
    private boolean lossLogged;

    /** Supervises the link {@code opener} opens, with the default back-off; tries to open it right away. */
    public SupervisedLink(String name, LinkOpener opener) {
        this(name, opener, Backoff.DEFAULT, InstantSource.system());
    }

    /** As above with a chosen back-off and clock (the clock only stamps {@code downSince}). */
    public SupervisedLink(String name, LinkOpener opener, Backoff backoff, InstantSource clock) {
        this.name = name;
        this.opener = opener;
        this.backoff = backoff;
        this.clock = clock;
        synchronized (lock) {
            delay = backoff.initial();
            downSince = clock.instant();
            tryOpen();
        }
    }

    /** A supervised serial port, 8N1, such as {@code /dev/ttyUSB0} at 9600 baud. */
    public static SupervisedLink serial(String path, int baudRate) {
        return serial(path, baudRate, Parity.NONE);
    }

    /** A serial port with the given parity, reopened when it goes away. */
    public static SupervisedLink serial(String path, int baudRate, Parity parity) {
        return new SupervisedLink("serial " + path + " @ " + baudRate + " 8" + parity.name().charAt(0) + "1",
                () -> SerialTransport.open(path, baudRate, parity));
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        Transport link = acquire(0);
        if (link == null) {
            throw new IOException(describe() + " is down: " + lastError());
        }
        try {
            link.write(bytes);
        } catch (IOException e) {
            fail(link, e);
            throw e;
        }
    }

    /** Reads like any transport; while the port is away it waits up to the timeout for a reopen and returns 0. */
    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        Transport link = acquire(timeoutMillis);
        if (link == null) {
            return 0;
        }
        try {
            return link.read(buffer, timeoutMillis);
        } catch (IOException e) {
            fail(link, e);
            throw e;
        }
    }

    /**
     * Finds out whether the port is still there without sending anything (see {@link Transport#alive()}) and,
     * while it is down, reopens it when the back-off allows. For a bus that only writes: it would otherwise
     * take a lost port for a working one until its next frame, and never see the port come back.
     */
    public LinkState check() {
        Transport link;
        synchronized (lock) {
            link = current;
        }
        try {
            if (link == null) {
                acquire(0);
            } else if (!link.alive()) {
                fail(link, new IOException("the port is gone (found by a check)"));
            }
        } catch (IOException closedOrInterrupted) {
            // Closed: stays DOWN. Interrupted: the interrupt flag is set again for the caller to see.
        }
        return state();
    }

    /** UP or DOWN right now. */
    public LinkState state() {
        synchronized (lock) {
            return current != null ? LinkState.UP : LinkState.DOWN;
        }
    }

    /** How many times the port was opened; grows by one on each reconnect, so users can resend state. */
    public long opens() {
        synchronized (lock) {
            return opens;
        }
    }

    /** The link part of a health snapshot, with the frame counters of the bus on top. */
    public BusHealth health(long framesOk, long framesBad, long debounced) {
        synchronized (lock) {
            return new BusHealth(describe(), current != null ? LinkState.UP : LinkState.DOWN,
                    current != null ? null : downSince, framesOk, framesBad, debounced, linkErrors,
                    Math.max(0, opens - 1), lastError);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (current != null) {
                current.close();
                current = null;
            }
            lock.notifyAll();
        }
    }

    @Override
    public String describe() {
        return name;
    }

    private String lastError() {
        synchronized (lock) {
            return lastError;
        }
    }

    // Returns the open link, opening it when the back-off allows, waiting at most waitMillis; null if still down.
    private Transport acquire(int waitMillis) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, waitMillis));
        synchronized (lock) {
            while (true) {
                if (closed) {
                    throw new IOException("Link closed: " + name);
                }
                if (current != null) {
                    return current;
                }
                long now = System.nanoTime();
                if (now - nextAttemptNanos >= 0) {
                    tryOpen();
                    if (current != null) {
                        return current;
                    }
                    continue;
                }
                long wait = Math.min(nextAttemptNanos, deadline) - now;
                if (wait <= 0) {
                    return null;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for " + name, e);
                }
            }
        }
    }

    private void tryOpen() {
        try {
            current = opener.open();
            opens++;
            if (lossLogged) {
                lossLogged = false;
                LOG.log(System.Logger.Level.INFO, "{0} is back after {1} s down (reconnect {2})", name,
                        Duration.between(downSince, clock.instant()).toSeconds(), Math.max(0, opens - 1));
            }
            downSince = null;
            delay = backoff.initial();
        } catch (IOException | RuntimeException e) {
            linkErrors++;
            lastError = String.valueOf(e.getMessage());
            nextAttemptNanos = System.nanoTime() + delay.toNanos();
            delay = backoff.after(delay);
        }
    }

    private void fail(Transport link, IOException e) {
        synchronized (lock) {
            linkErrors++;
            lastError = String.valueOf(e.getMessage());
            if (current == link) {
                current = null;
                link.close();
                downSince = clock.instant();
                lossLogged = true;
                LOG.log(System.Logger.Level.WARNING, "{0} lost: {1}; reopening it with back-off", name, lastError);
                // The first retry comes soon: a reset TCP peer or re-enumerated USB adapter is often back at once.
                delay = backoff.initial();
                nextAttemptNanos = System.nanoTime() + delay.toNanos();
                delay = backoff.after(delay);
            }
            lock.notifyAll();
        }
    }
}
