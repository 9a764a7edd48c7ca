package vn.motcua.screens.report;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;

/**
 * One report's file behind the screens' sign-in, shared by every report screen's downloads: XLSX and CSV as
 * attachments, the PDF inline under the center's header (a manager reads it before printing), an unknown extension
 * not found, and a refusal answered in words (forbidden for a reader the report is not for, bad request otherwise).
 */
@Component
public class ReportDownload {

    private final ReportFiles files;
    private final Centers centers;
    private final Translations translations;

    ReportDownload(ReportFiles files, Centers centers, Translations translations) {
        this.files = files;
        this.centers = centers;
        this.translations = translations;
    }

    /** The file {@code name.extension} of the report {@code report} builds; the builder may refuse. */
    public ResponseEntity<?> answer(String name, String extension, Supplier<ReportTable> report) {
        try {
            String file = name + "." + extension;
            return switch (extension) {
                case "xlsx" -> file(files.xlsx(report.get()), ReportFiles.XLSX, ContentDisposition.attachment(), file);
                case "csv" -> file(files.csv(report.get()), ReportFiles.CSV, ContentDisposition.attachment(), file);
                case "pdf" -> file(files.pdf(report.get(), centers.profile().getName()), ReportFiles.PDF,
                        ContentDisposition.inline(), file);
                default -> ResponseEntity.notFound().build();
            };
        } catch (Refusal refused) {
            return refusal(refused);
        }
    }

    /** A refusal in Vietnamese words, as the screens speak. */
    public ResponseEntity<String> refusal(Refusal refused) {
        HttpStatus status = refused.messageKey().equals("problem.auth.forbidden") ? HttpStatus.FORBIDDEN
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.getTranslation(refused.messageKey(), Translations.VIETNAMESE, refused.args()));
    }

    /** A month from a download's path, refused under {@code problemKey} when it is none or out of range. */
    public static YearMonth month(String month, String problemKey) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                throw new Refusal(problemKey, "Out of range: " + month);
            }
            return parsed;
        } catch (DateTimeParseException malformed) {
            throw new Refusal(problemKey, "Not a month: " + month);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, ContentDisposition.Builder disposition,
            String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name).build().toString()).body(body);
    }
}
