package vn.motcua.dossier;

import java.util.Locale;
import java.util.Optional;

/** The two shapes the province's dossier log comes in: a CSV text in UTF-8, or an Excel workbook (XLSX). */
public enum ProvinceLogFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    ProvinceLogFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type a client names it by (Content-Type). */
    public String mediaType() {
        return mediaType;
    }

    /** Which format a file is, by the ending of its name as a file picker gives it. */
    public static Optional<ProvinceLogFormat> ofFileName(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ProvinceLogFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
