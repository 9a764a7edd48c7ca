package vn.motcua.devices.simulator;

import static vn.motcua.devices.printer.EscPos.CUT;
import static vn.motcua.devices.printer.EscPos.DLE;
import static vn.motcua.devices.printer.EscPos.EOT;
import static vn.motcua.devices.printer.EscPos.ESC;
import static vn.motcua.devices.printer.EscPos.GS;
import static vn.motcua.devices.printer.EscPos.INITIALIZE;
import static vn.motcua.devices.printer.EscPos.RASTER;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.devices.printer.PrinterStatus;
import vn.motcua.devices.printer.RasterCodec;
import vn.motcua.devices.transport.Transport;

/**
 * Plays an ESC/POS thermal printer on the device end of a {@link Transport}, on its own daemon thread.
 * It records every raster image it receives whatever its state, so tests see exactly what the host sent.
 */
public final class SimulatedEscPosPrinter implements AutoCloseable {

    private static final int NEED_MORE = 0;
    private static final int POLL_MILLIS = 100;

    private final Transport link;
    private final Thread worker;
    private final List<BufferedImage> printed = new CopyOnWriteArrayList<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicLong unknownBytes = new AtomicLong();
    private volatile boolean offline;
    private volatile boolean coverOpen;
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean silent;
    private volatile boolean running = true;
    // Bytes received but not yet forming a whole command; touched only by the worker thread.
    private byte[] pending = new byte[4096];
    private int pendingLength;

    private SimulatedEscPosPrinter(Transport link) {
        this.link = link;
        this.worker = Thread.ofPlatform().daemon().name("simulated-printer " + link.describe()).unstarted(this::run);
    }

    /** Starts answering on {@code deviceEnd}, ready and with paper. */
    public static SimulatedEscPosPrinter start(Transport deviceEnd) {
        var printer = new SimulatedEscPosPrinter(deviceEnd);
        printer.worker.start();
        return printer;
    }

    /** Takes the printer offline as if its pause button were pressed. */
    public void setOffline(boolean offline) {
        this.offline = offline;
    }

    /** Opens or closes the paper cover; a real printer goes offline while it is open. */
    public void setCoverOpen(boolean coverOpen) {
        this.coverOpen = coverOpen;
    }

    /** Empties or refills the roll; a real printer goes offline without paper. */
    public void setPaperOut(boolean paperOut) {
        this.paperOut = paperOut;
    }

    /** Trips the near-end sensor: still printing, but staff should bring a roll. */
    public void setPaperNearEnd(boolean paperNearEnd) {
        this.paperNearEnd = paperNearEnd;
    }

    /** Stops answering status requests, as if unplugged or switched off. */
    public void setSilent(boolean silent) {
        this.silent = silent;
    }

    /** Every ticket image received so far, oldest first. */
    public List<BufferedImage> printedTickets() {
        return List.copyOf(printed);
    }

    /** The most recent ticket image, if any. */
    public Optional<BufferedImage> lastTicket() {
        return printed.isEmpty() ? Optional.empty() : Optional.of(printed.getLast());
    }

    /** How many cut commands were received. */
    public int cuts() {
        return cuts.get();
    }

    /** How many received bytes were not part of a command this printer knows; they are skipped. */
    public long unknownBytes() {
        return unknownBytes.get();
    }

    /** Sends bytes the host did not ask for, as a noisy line or a confused printer would. */
    public void emit(byte[] bytes) throws IOException {
        link.write(bytes);
    }

    /** Stops the worker and closes the link. */
    @Override
    public void close() {
        running = false;
        link.close();
        try {
            worker.join(POLL_MILLIS * 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PrinterStatus state() {
        return new PrinterStatus(!offline && !coverOpen && !paperOut, coverOpen, paperOut, paperNearEnd);
    }

    private void run() {
        byte[] buffer = new byte[4096];
        try {
            while (running) {
                int count = link.read(buffer, POLL_MILLIS);
                if (count > 0) {
                    append(buffer, count);
                    consumeCommands();
                }
            }
        } catch (IOException e) {
            // The link is closed: an unplugged printer simply stops.
        }
    }

    private void append(byte[] bytes, int count) {
        if (pendingLength + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + count));
        }
        System.arraycopy(bytes, 0, pending, pendingLength, count);
        pendingLength += count;
    }

    private void consumeCommands() throws IOException {
        int start = 0;
        int used;
        while (start < pendingLength && (used = consumeCommand(start)) != NEED_MORE) {
            start += used;
        }
        System.arraycopy(pending, start, pending, 0, pendingLength - start);
        pendingLength -= start;
    }

    /** Handles the command starting at {@code at}; returns its length, or NEED_MORE until it has fully arrived. */
    private int consumeCommand(int at) throws IOException {
        int available = pendingLength - at;
        byte first = pending[at];
        if (first != DLE && first != ESC && first != GS) {
            return unknown();
        }
        if (available < 2) {
            return NEED_MORE;
        }
        byte second = pending[at + 1];
        if (first == ESC && second == INITIALIZE) {
            return 2;
        }
        if (first == DLE && second == EOT) {
            if (available < 3) {
                return NEED_MORE;
            }
            answerStatus(pending[at + 2]);
            return 3;
        }
        if (first == GS && second == RASTER) {
            return consumeRaster(at, available);
        }
        if (first == GS && second == CUT) {
            return consumeCut(at, available);
        }
        return unknown();
    }

    private int consumeRaster(int at, int available) {
        if (available < RasterCodec.HEADER_LENGTH) {
            return NEED_MORE;
        }
        if (pending[at + 2] != '0') {
            return unknown();
        }
        int length = RasterCodec.commandLength(pending, at);
        if (available < length) {
            return NEED_MORE;
        }
        printed.add(RasterCodec.decode(Arrays.copyOfRange(pending, at, at + length)));
        return length;
    }

    private int consumeCut(int at, int available) {
        if (available < 3) {
            return NEED_MORE;
        }
        int function = pending[at + 2];
        // Functions A and B (65, 66) carry a feed amount; the plain cuts (0, 1, 48, 49) do not.
        int length = switch (function) {
            case 65, 66 -> 4;
            case 0, 1, 48, 49 -> 3;
            default -> -1;
        };
        if (length < 0) {
            return unknown();
        }
        if (available < length) {
            return NEED_MORE;
        }
        cuts.incrementAndGet();
        return length;
    }

    private void answerStatus(int request) throws IOException {
        if (!silent && request >= PrinterStatus.PRINTER && request <= PrinterStatus.ROLL_PAPER) {
            link.write(new byte[] {(byte) state().reply(request)});
        }
    }

    private int unknown() {
        unknownBytes.incrementAndGet();
        return 1;
    }
}
