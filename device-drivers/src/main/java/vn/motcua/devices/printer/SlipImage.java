package vn.motcua.devices.printer;

import java.awt.Font;
import java.awt.image.BufferedImage;

/** Draws a counter's slip as one 1-bit image, in the ticket's font and QR code style. */
public final class SlipImage {

    private static final double QR_SHARE_OF_WIDTH = 0.4;

    private SlipImage() {
    }

    /** Renders the slip as wide as the paper and as tall as its content. */
    public static BufferedImage render(SlipPrint slip, PaperWidth paper) {
        return ThermalPen.render(paper, pen -> compose(slip, pen));
    }

    // Sizes are for 80 mm paper; the pen scales them. Values are indented under their bold label.
    private static void compose(SlipPrint slip, ThermalPen pen) {
        pen.gap(12);
        pen.centered(slip.title(), Font.BOLD, 28);
        pen.gap(10);
        pen.rule(3);
        for (SlipPrint.Line line : slip.lines()) {
            pen.gap(10);
            pen.left(line.label(), Font.BOLD, 22, 0);
            pen.left(line.value(), Font.PLAIN, 24, 16);
        }
        if (slip.qrUrl() != null) {
            pen.qr(slip.qrUrl(), QR_SHARE_OF_WIDTH);
            pen.fitted(slip.qrUrl(), Font.PLAIN, 18);
        }
        pen.gap(12);
        pen.rule(2);
        pen.gap(10);
        pen.centered(slip.footer(), Font.PLAIN, 22);
        pen.gap(24);
    }
}
