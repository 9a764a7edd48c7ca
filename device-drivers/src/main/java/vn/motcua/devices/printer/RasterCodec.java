package vn.motcua.devices.printer;

import java.awt.image.BufferedImage;

/** Converts between images and the ESC/POS {@code GS v 0} raster command (normal density, 1 = black dot). */
public final class RasterCodec {

    /** GS v 0 m xL xH yL yH. */
    public static final int HEADER_LENGTH = 8;

    private static final int MAX_16_BIT = 0xFFFF;
    private static final int WHITE = 1;
    private static final int BLACK = 0;

    private RasterCodec() {
    }

    /** The whole command; a pixel is printed when it is darker than mid-grey. */
    public static byte[] encode(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        int height = image.getHeight();
        if (widthBytes > MAX_16_BIT || height > MAX_16_BIT) {
            throw new IllegalArgumentException("Image too large for GS v 0: " + image.getWidth() + "x" + height);
        }
        byte[] command = new byte[HEADER_LENGTH + widthBytes * height];
        command[0] = EscPos.GS;
        command[1] = EscPos.RASTER;
        command[2] = '0';
        command[3] = 0;
        command[4] = (byte) widthBytes;
        command[5] = (byte) (widthBytes >> 8);
        command[6] = (byte) height;
        command[7] = (byte) (height >> 8);
        for (int y = 0; y < height; y++) {
            int row = HEADER_LENGTH + y * widthBytes;
            for (int x = 0; x < image.getWidth(); x++) {
                if (isDark(image.getRGB(x, y))) {
                    command[row + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return command;
    }

    /** Length of the whole command whose header starts at {@code offset}; needs {@link #HEADER_LENGTH} bytes there. */
    public static int commandLength(byte[] bytes, int offset) {
        return HEADER_LENGTH + widthBytes(bytes, offset) * height(bytes, offset);
    }

    /** Turns a whole GS v 0 command back into a 1-bit image, as the printer would put it on paper. */
    public static BufferedImage decode(byte[] command) {
        if (command.length < HEADER_LENGTH || command[0] != EscPos.GS || command[1] != EscPos.RASTER
                || command[2] != '0') {
            throw new IllegalArgumentException("Not a GS v 0 command");
        }
        int widthBytes = widthBytes(command, 0);
        int height = height(command, 0);
        if (command.length < commandLength(command, 0)) {
            throw new IllegalArgumentException("GS v 0 data is shorter than its header says");
        }
        var image = new BufferedImage(widthBytes * 8, height, BufferedImage.TYPE_BYTE_BINARY);
        var raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < widthBytes * 8; x++) {
                boolean dot = (command[HEADER_LENGTH + y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                raster.setSample(x, y, 0, dot ? BLACK : WHITE);
            }
        }
        return image;
    }

    private static boolean isDark(int argb) {
        int alpha = argb >>> 24;
        int luminance = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
        return alpha >= 128 && luminance < 128;
    }

    private static int widthBytes(byte[] bytes, int offset) {
        return (bytes[offset + 4] & 0xFF) | (bytes[offset + 5] & 0xFF) << 8;
    }

    private static int height(byte[] bytes, int offset) {
        return (bytes[offset + 6] & 0xFF) | (bytes[offset + 7] & 0xFF) << 8;
    }
}
