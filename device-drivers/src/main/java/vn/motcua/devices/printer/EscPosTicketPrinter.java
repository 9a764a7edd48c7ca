package vn.motcua.devices.printer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import vn.motcua.devices.transport.Transport;

/**
 * Prints tickets and slips on an ESC/POS thermal printer: checks real-time status, sends the paper as one raster
 * image, cuts, and checks status again.
 */
public final class EscPosTicketPrinter implements TicketPrinter, AutoCloseable {

    /** Long enough for a USB-serial round trip, short enough that a kiosk user is not left waiting. */
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofMillis(800);

    private static final String NO_REPLY = "Máy in không phản hồi";

    private final Transport transport;
    private final PaperWidth paper;
    private final long statusTimeoutMillis;

    /** A printer on {@code transport} with the default status timeout. */
    public EscPosTicketPrinter(Transport transport, PaperWidth paper) {
        this(transport, paper, DEFAULT_STATUS_TIMEOUT);
    }

    /** A printer on {@code transport} that is considered unplugged when a status reply takes longer than the timeout. */
    public EscPosTicketPrinter(Transport transport, PaperWidth paper, Duration statusTimeout) {
        this.transport = transport;
        this.paper = paper;
        this.statusTimeoutMillis = statusTimeout.toMillis();
    }

    @Override
    public PrintOutcome print(TicketPrint ticket) {
        return printImage(TicketImage.render(ticket, paper));
    }

    /** Prints a counter's slip the way a ticket is printed; never throws for device trouble. */
    public PrintOutcome printSlip(SlipPrint slip) {
        return printImage(SlipImage.render(slip, paper));
    }

    private synchronized PrintOutcome printImage(BufferedImage image) {
        PrinterStatus before = null;
        try {
            before = status().orElse(null);
            if (before == null) {
                return PrintOutcome.refused(null, NO_REPLY);
            }
            if (before.problem() != null) {
                return PrintOutcome.refused(before, before.problem());
            }
            transport.write(job(image));
        } catch (IOException e) {
            return PrintOutcome.refused(before, linkProblem(e));
        }
        try {
            return PrintOutcome.printed(before, status().orElse(null));
        } catch (IOException e) {
            return new PrintOutcome(true, before, null, linkProblem(e));
        }
    }

    /** Asks the printer how it is; empty when it does not answer in time. */
    public synchronized Optional<PrinterStatus> status() throws IOException {
        discardStaleInput();
        int printer = ask(PrinterStatus.PRINTER);
        if (printer < 0) {
            return Optional.empty();
        }
        int offlineCause = ask(PrinterStatus.OFFLINE_CAUSE);
        if (offlineCause < 0) {
            return Optional.empty();
        }
        int rollPaper = ask(PrinterStatus.ROLL_PAPER);
        if (rollPaper < 0) {
            return Optional.empty();
        }
        return Optional.of(PrinterStatus.fromReplies(printer, offlineCause, rollPaper));
    }

    /** Closes the link to the printer. */
    @Override
    public void close() {
        transport.close();
    }

    /** Where the printer is connected, for logs and the supervisor screen. */
    public String describe() {
        return transport.describe();
    }

    private static byte[] job(BufferedImage image) {
        var job = new ByteArrayOutputStream();
        job.writeBytes(EscPos.initialize());
        job.writeBytes(RasterCodec.encode(image));
        job.writeBytes(EscPos.feedAndPartialCut());
        return job.toByteArray();
    }

    /** Sends DLE EOT n and returns the reply byte, or -1 on timeout; bytes that cannot be a reply are skipped. */
    private int ask(int n) throws IOException {
        transport.write(EscPos.statusRequest(n));
        long deadline = System.nanoTime() + statusTimeoutMillis * 1_000_000;
        byte[] one = new byte[1];
        while (true) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return -1;
            }
            if (transport.read(one, (int) remainingMillis) == 1 && PrinterStatus.isReply(one[0])) {
                return one[0] & 0xFF;
            }
        }
    }

    // A late reply to an earlier request, or line noise, would otherwise be read as the next reply.
    private void discardStaleInput() throws IOException {
        byte[] sink = new byte[256];
        int count;
        do {
            count = transport.read(sink, 0);
        } while (count > 0);
    }

    private static String linkProblem(IOException e) {
        return "Mất kết nối với máy in: " + e.getMessage();
    }
}
