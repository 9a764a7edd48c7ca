package vn.motcua.devices.printer;

import java.util.List;
import java.util.Objects;

/**
 * A slip printed at a counter (a receipt, a supplement request): a title, labelled lines, an optional QR code and a
 * footer. Text is already localized Vietnamese by the caller; {@code qrUrl} may be null (no QR code).
 */
public record SlipPrint(String title, List<Line> lines, String qrUrl, String footer) {

    /** One labelled line, such as "Mã hồ sơ" and its code; a long value wraps under its label. */
    public record Line(String label, String value) {

        /** Rejects missing text here, where the caller's mistake is visible. */
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Rejects missing text here, where the caller's mistake is visible, not later in the renderer. */
    public SlipPrint {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        Objects.requireNonNull(footer, "footer");
    }
}
