package vn.motcua.devices.rs485;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Fits text to an ASCII LED display: Vietnamese diacritics stripped, cut or space-padded to the width. */
public final class DisplayText {

    private DisplayText() {}

    /** Returns exactly {@code width} printable ASCII characters, e.g. "Quầy 3" -> "Quay 3    " for width 10. */
    public static String fit(String text, int width) {
        String ascii = toAscii(text == null ? "" : text);
        if (ascii.length() >= width) {
            return ascii.substring(0, width);
        }
        // Padding overwrites whatever a longer earlier text left on the board.
        return ascii + " ".repeat(width - ascii.length());
    }

    /** The ASCII bytes of {@link #fit}. */
    public static byte[] fitBytes(String text, int width) {
        return fit(text, width).getBytes(StandardCharsets.US_ASCII);
    }

    static String toAscii(String text) {
        // Đ/đ is a letter of its own, not D plus a combining mark, so NFD leaves it alone.
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(c >= 0x20 && c <= 0x7E ? c : '?');
            }
        }
        return out.toString();
    }
}
