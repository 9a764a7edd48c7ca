package vn.motcua.screens.report;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.Centers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.report.EvaluationSheets;
import vn.motcua.report.Evaluations;
import vn.motcua.report.Evaluator;
import vn.motcua.security.Accounts;

/**
 * The monthly evaluation's files behind the screens' sign-in (the evaluation screen links here), holding what the
 * person signed in may read: an officer their line, a head their unit, a manager every unit. Refusals in words.
 */
@RestController
class EvaluationDownloads {

    static final String PATH = "/giay-to/danh-gia-can-bo/";

    private final Evaluations evaluations;
    private final EvaluationSheets sheets;
    private final ReportFiles files;
    private final Centers centers;
    private final Translations translations;

    EvaluationDownloads(Evaluations evaluations, EvaluationSheets sheets, ReportFiles files, Centers centers,
            Translations translations) {
        this.evaluations = evaluations;
        this.sheets = sheets;
        this.files = files;
        this.centers = centers;
        this.translations = translations;
    }

    @GetMapping(PATH + "{month}.{extension}")
    ResponseEntity<?> file(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            YearMonth chosen = month(month);
            ReportTable report = report(chosen, principal);
            String name = "danh-gia-can-bo-" + chosen + "." + extension;
            return switch (extension) {
                case "xlsx" -> file(files.xlsx(report), ReportFiles.XLSX, ContentDisposition.attachment(), name);
                case "csv" -> file(files.csv(report), ReportFiles.CSV, ContentDisposition.attachment(), name);
                case "pdf" -> file(files.pdf(report, centers.profile().getName()), ReportFiles.PDF,
                        ContentDisposition.inline(), name);
                default -> ResponseEntity.notFound().build();
            };
        } catch (Refusal refused) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(translations.getTranslation(refused.messageKey(), Translations.VIETNAMESE, refused.args()));
        }
    }

    private ReportTable report(YearMonth month, Principal principal) {
        Evaluator reader = Evaluator.of(Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "The evaluation is for staff")));
        return sheets.of(evaluations.month(month, Optional.empty(), reader), !reader.seesAll());
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException malformed) {
            throw new Refusal("problem.evaluation.month-needed", "Not a month: " + month);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, ContentDisposition.Builder disposition,
            String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name).build().toString()).body(body);
    }
}
