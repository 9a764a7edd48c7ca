package vn.motcua.devices.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Draws a ticket as one 1-bit image. Printing an image instead of text sidesteps printer code pages,
 * none of which hold every Vietnamese letter.
 */
public final class TicketImage {

    static {
        // Rendering must work on a server or kiosk box without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Text with the stacked diacritics that fonts most often lack. */
    static final String VIETNAMESE_SAMPLE = "Tư pháp – Hộ tịch, Đất đai, Lao động – Thương binh và Xã hội; "
            + "Ưu tiên: người cao tuổi, phụ nữ mang thai; ẳ ẵ ặ ỹ ỷ ữ ự";

    private static final String FAMILY = Stream.of("DejaVu Sans", "Noto Sans", "Liberation Sans")
            .filter(TicketImage::hasVietnamese)
            .findFirst()
            .orElse(Font.SANS_SERIF);

    // Sizes are for 80 mm paper and scale with the paper width.
    private static final int REFERENCE_WIDTH = 576;
    private static final int MARGIN = 16;
    private static final int NUMBER_SIZE = 200;
    private static final double QR_SHARE_OF_WIDTH = 0.45;
    // ZXing's margin is switched off; the ticket's own white space must give the 4-module quiet zone.
    private static final int QR_QUIET_MODULES = 4;

    private TicketImage() {
    }

    /** Renders the ticket as wide as the paper and as tall as its content. */
    public static BufferedImage render(TicketPrint ticket, PaperWidth paper) {
        BitMatrix qr = qrCode(ticket.trackingUrl());
        int height = compose(ticket, paper, qr, newImage(paper.dots(), 1)).y;
        BufferedImage image = newImage(paper.dots(), height);
        compose(ticket, paper, qr, image);
        return image;
    }

    /** The chosen font family at a size; falls back to the logical SansSerif font when none has the glyphs. */
    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    private static boolean hasVietnamese(String family) {
        var font = new Font(family, Font.PLAIN, 12);
        // An unknown family silently becomes "Dialog", which must not count as found.
        return font.getFamily(Locale.ROOT).equalsIgnoreCase(family) && font.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1;
    }

    private static Pen compose(TicketPrint ticket, PaperWidth paper, BitMatrix qr, BufferedImage image) {
        double scale = (double) paper.dots() / REFERENCE_WIDTH;
        var pen = new Pen(image, (int) Math.round(MARGIN * scale));
        int line = scaled(26, scale);
        pen.gap(scaled(12, scale));
        pen.centered(ticket.centerName(), font(Font.BOLD, scaled(24, scale)));
        pen.gap(scaled(10, scale));
        pen.rule(scaled(3, scale));
        pen.gap(scaled(14, scale));
        pen.centered(ticket.serviceName(), font(Font.BOLD, scaled(30, scale)));
        pen.fitted(ticket.ticketNumber(), font(Font.BOLD, scaled(NUMBER_SIZE, scale)));
        if (ticket.priorityLabel() != null) {
            pen.inverted(ticket.priorityLabel(), font(Font.BOLD, scaled(28, scale)), scaled(8, scale));
            pen.gap(scaled(14, scale));
        }
        pen.centered(ticket.issuedAtText(), font(Font.PLAIN, scaled(24, scale)));
        pen.gap(scaled(6, scale));
        pen.centered("Số người chờ trước bạn: " + ticket.peopleAhead(), font(Font.BOLD, line));
        pen.gap(scaled(6, scale));
        pen.centered(ticket.estimatedWaitText(), font(Font.PLAIN, line));
        int module = Math.max(2, (int) (paper.dots() * QR_SHARE_OF_WIDTH) / qr.getWidth());
        pen.gap(module * QR_QUIET_MODULES);
        pen.qr(qr, module);
        pen.gap(module * QR_QUIET_MODULES / 2);
        pen.fitted(ticket.trackingUrl(), font(Font.PLAIN, scaled(18, scale)));
        pen.gap(scaled(12, scale));
        pen.rule(scaled(2, scale));
        pen.gap(scaled(10, scale));
        pen.centered(ticket.hotlineText(), font(Font.PLAIN, scaled(22, scale)));
        pen.gap(scaled(24, scale));
        pen.finish();
        return pen;
    }

    private static int scaled(int size, double scale) {
        return Math.max(1, (int) Math.round(size * scale));
    }

    private static BitMatrix qrCode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Tracking URL does not fit in a QR code: " + text, e);
        }
    }

    private static BufferedImage newImage(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** A cursor down the ticket; on a 1-pixel-high image it only measures, which is how the height is found. */
    private static final class Pen {
        private final Graphics2D g;
        private final int width;
        private final int margin;
        private int y;

        Pen(BufferedImage image, int margin) {
            this.g = image.createGraphics();
            this.width = image.getWidth();
            this.margin = margin;
            // Grey anti-aliased edges would be thresholded unevenly on a 1-bit image; hinted outlines print crisper.
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.BLACK);
        }

        void gap(int height) {
            y += height;
        }

        void rule(int thickness) {
            g.fillRect(margin, y, width - 2 * margin, thickness);
            y += thickness;
        }

        void centered(String text, Font font) {
            g.setFont(font);
            for (String line : wrap(text, g.getFontMetrics(), width - 2 * margin)) {
                drawLine(line, Color.BLACK);
            }
        }

        /** One line, shrunk until it fits: ticket numbers and URLs must not wrap. */
        void fitted(String text, Font font) {
            Font fitting = font;
            while (g.getFontMetrics(fitting).stringWidth(text) > width - 2 * margin && fitting.getSize() > 8) {
                fitting = fitting.deriveFont((float) fitting.getSize() - 2);
            }
            g.setFont(fitting);
            drawLine(text, Color.BLACK);
        }

        /** White on black, so staff spot a priority ticket at a glance. */
        void inverted(String text, Font font, int padding) {
            g.setFont(font);
            List<String> lines = wrap(text, g.getFontMetrics(), width - 2 * margin - 2 * padding);
            g.fillRect(margin, y, width - 2 * margin, lines.size() * g.getFontMetrics().getHeight() + 2 * padding);
            y += padding;
            for (String line : lines) {
                drawLine(line, Color.WHITE);
            }
            g.setColor(Color.BLACK);
            y += padding;
        }

        void qr(BitMatrix matrix, int module) {
            int left = (width - matrix.getWidth() * module) / 2;
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        g.fillRect(left + column * module, y + row * module, module, module);
                    }
                }
            }
            y += matrix.getHeight() * module;
        }

        void finish() {
            g.dispose();
        }

        private void drawLine(String line, Color color) {
            FontMetrics metrics = g.getFontMetrics();
            g.setColor(color);
            g.drawString(line, (width - metrics.stringWidth(line)) / 2, y + metrics.getAscent());
            g.setColor(Color.BLACK);
            y += metrics.getHeight();
        }

        private static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
