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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A cursor down a 1-bit image of thermal paper, shared by the ticket and the slip: the font with every Vietnamese
 * letter, wrapped and fitted lines, rules and QR codes. Sizes are given for 80 mm paper and scale with the paper's
 * width. On a 1-pixel-high image the pen only measures, which is how {@link #render} finds the height before drawing.
 */
final class ThermalPen {

    static {
        // Rendering must work on a server or kiosk box without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Text with the stacked diacritics that fonts most often lack. */
    static final String VIETNAMESE_SAMPLE = "Tư pháp – Hộ tịch, Đất đai, Lao động – Thương binh và Xã hội; "
            + "Ưu tiên: người cao tuổi, phụ nữ mang thai; ẳ ẵ ặ ỹ ỷ ữ ự";
    // ZXing's margin is switched off; the paper's own white space must give the 4-module quiet zone.
    private static final int QR_QUIET_MODULES = 4;
    private static final int REFERENCE_WIDTH = PaperWidth.MM_80.dots();
    private static final int MARGIN = 16;

    private static final String FAMILY = Stream.of("DejaVu Sans", "Noto Sans", "Liberation Sans")
            .filter(ThermalPen::hasVietnamese)
            .findFirst()
            .orElse(Font.SANS_SERIF);

    private final Graphics2D g;
    private final int width;
    private final double scale;
    private final int margin;
    private int y;

    private ThermalPen(BufferedImage image) {
        this.g = image.createGraphics();
        this.width = image.getWidth();
        this.scale = (double) width / REFERENCE_WIDTH;
        this.margin = scaled(MARGIN);
        // Grey anti-aliased edges would be thresholded unevenly on a 1-bit image; hinted outlines print crisper.
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
    }

    /** Draws {@code content} on an image as wide as the paper and exactly as tall as the content. */
    static BufferedImage render(PaperWidth paper, Consumer<ThermalPen> content) {
        int height = draw(newImage(paper.dots(), 1), content);
        BufferedImage image = newImage(paper.dots(), height);
        draw(image, content);
        return image;
    }

    /** The chosen font family at a size; falls back to the logical SansSerif font when none has the glyphs. */
    static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    /** A QR code of {@code text} without quiet zone, at error correction level M. */
    static BitMatrix qrCode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code: " + text, e);
        }
    }

    void gap(int height) {
        y += scaled(height);
    }

    void rule(int thickness) {
        g.fillRect(margin, y, width - 2 * margin, scaled(thickness));
        y += scaled(thickness);
    }

    void centered(String text, int style, int size) {
        g.setFont(font(style, scaled(size)));
        for (String line : wrap(text, g.getFontMetrics(), width - 2 * margin)) {
            drawLine(line, (width - g.getFontMetrics().stringWidth(line)) / 2, Color.BLACK);
        }
    }

    /** Wrapped text from the left margin plus {@code indent}, for a slip's labelled lines. */
    void left(String text, int style, int size, int indent) {
        g.setFont(font(style, scaled(size)));
        for (String line : wrap(text, g.getFontMetrics(), width - 2 * margin - scaled(indent))) {
            drawLine(line, margin + scaled(indent), Color.BLACK);
        }
    }

    /** One line, shrunk until it fits: ticket numbers and URLs must not wrap. */
    void fitted(String text, int style, int size) {
        Font fitting = font(style, scaled(size));
        while (g.getFontMetrics(fitting).stringWidth(text) > width - 2 * margin && fitting.getSize() > 8) {
            fitting = fitting.deriveFont((float) fitting.getSize() - 2);
        }
        g.setFont(fitting);
        drawLine(text, (width - g.getFontMetrics().stringWidth(text)) / 2, Color.BLACK);
    }

    /** White on black, so staff spot a priority ticket at a glance. */
    void inverted(String text, int style, int size, int padding) {
        g.setFont(font(style, scaled(size)));
        int pad = scaled(padding);
        List<String> lines = wrap(text, g.getFontMetrics(), width - 2 * margin - 2 * pad);
        g.fillRect(margin, y, width - 2 * margin, lines.size() * g.getFontMetrics().getHeight() + 2 * pad);
        y += pad;
        for (String line : lines) {
            drawLine(line, (width - g.getFontMetrics().stringWidth(line)) / 2, Color.WHITE);
        }
        y += pad;
    }

    /** A QR code centred, {@code shareOfWidth} of the paper wide, with its quiet zone above and half of it below. */
    void qr(String text, double shareOfWidth) {
        BitMatrix matrix = qrCode(text);
        int module = Math.max(2, (int) (width * shareOfWidth) / matrix.getWidth());
        y += module * QR_QUIET_MODULES;
        int left = (width - matrix.getWidth() * module) / 2;
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    g.fillRect(left + column * module, y + row * module, module, module);
                }
            }
        }
        y += matrix.getHeight() * module + module * QR_QUIET_MODULES / 2;
    }

    private static int draw(BufferedImage image, Consumer<ThermalPen> content) {
        var pen = new ThermalPen(image);
        content.accept(pen);
        pen.g.dispose();
        return pen.y;
    }

    private static boolean hasVietnamese(String family) {
        var font = new Font(family, Font.PLAIN, 12);
        // An unknown family silently becomes "Dialog", which must not count as found.
        return font.getFamily(Locale.ROOT).equalsIgnoreCase(family) && font.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1;
    }

    private static BufferedImage newImage(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private int scaled(int size) {
        return Math.max(1, (int) Math.round(size * scale));
    }

    private void drawLine(String line, int x, Color color) {
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(color);
        g.drawString(line, x, y + metrics.getAscent());
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
