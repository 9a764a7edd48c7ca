package vn.motcua.devices.printer;

import java.awt.Font;
import java.awt.image.BufferedImage;

/**
 * Draws a ticket as one 1-bit image. Printing an image instead of text sidesteps printer code pages,
 * none of which hold every Vietnamese letter.
 */
public final class TicketImage {

    private static final int NUMBER_SIZE = 200;
    private static final double QR_SHARE_OF_WIDTH = 0.45;

    private TicketImage() {
    }

    /** Renders the ticket as wide as the paper and as tall as its content. */
    public static BufferedImage render(TicketPrint ticket, PaperWidth paper) {
        return ThermalPen.render(paper, pen -> compose(ticket, pen));
    }

    // Sizes are for 80 mm paper; the pen scales them.
    private static void compose(TicketPrint ticket, ThermalPen pen) {
        pen.gap(12);
        pen.centered(ticket.centerName(), Font.BOLD, 24);
        pen.gap(10);
        pen.rule(3);
        pen.gap(14);
        pen.centered(ticket.serviceName(), Font.BOLD, 30);
        pen.fitted(ticket.ticketNumber(), Font.BOLD, NUMBER_SIZE);
        if (ticket.priorityLabel() != null) {
            pen.inverted(ticket.priorityLabel(), Font.BOLD, 28, 8);
            pen.gap(14);
        }
        pen.centered(ticket.issuedAtText(), Font.PLAIN, 24);
        pen.gap(6);
        pen.centered("Số người chờ trước bạn: " + ticket.peopleAhead(), Font.BOLD, 26);
        pen.gap(6);
        pen.centered(ticket.estimatedWaitText(), Font.PLAIN, 26);
        pen.qr(ticket.trackingUrl(), QR_SHARE_OF_WIDTH);
        pen.fitted(ticket.trackingUrl(), Font.PLAIN, 18);
        pen.gap(12);
        pen.rule(2);
        pen.gap(10);
        pen.centered(ticket.hotlineText(), Font.PLAIN, 22);
        pen.gap(24);
    }
}
