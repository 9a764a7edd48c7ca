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
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportFiles;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.report.Index766Table;
import vn.motcua.report.ReportPeriod;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * The 766 index's three files behind the screens' sign-in (the screen links here): a manager's for the center, a head
 * of unit's for their unit only. A refusal answers in words.
 */
@RestController
class Index766Downloads {

    static final String PATH = "/giay-to/chi-so-766/";

    private final Index766Table table;
    private final ReportFiles files;
    private final Centers centers;
    private final Translations translations;
    private final Dossiers dossiers;

    Index766Downloads(Index766Table table, ReportFiles files, Centers centers, Translations translations,
            Dossiers dossiers) {
        this.dossiers = dossiers;
        this.table = table;
        this.files = files;
        this.centers = centers;
        this.translations = translations;
    }

    @GetMapping(PATH + "{month}.{extension}")
    ResponseEntity<?> file(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            ReportPeriod period = ReportPeriod.month(month(month));
            ReportTable report = table.of(period, unitOf(principal));
            String name = Index766Table.fileName(period) + "." + extension;
            return switch (extension) {
                case "xlsx" -> file(files.xlsx(report), ReportFiles.XLSX, name);
                case "csv" -> file(files.csv(report), ReportFiles.CSV, name);
                case "pdf" -> file(files.pdf(report, centers.profile().getName()), ReportFiles.PDF, name);
                default -> throw new Refusal("problem.index766.period", "No such file: " + extension);
            };
        } catch (Refusal refused) {
            HttpStatus status = refused.messageKey().equals("problem.auth.forbidden") ? HttpStatus.FORBIDDEN
                    : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(translations.getTranslation(refused.messageKey(), Translations.VIETNAMESE, refused.args()));
        }
    }

    /** A manager's center; a head's own unit (their account's unit), from the request's own principal. */
    private Optional<Long> unitOf(Principal principal) {
        SignedInUser user = Accounts.of(principal).filter(Index766Screen::reads)
                .orElseThrow(() -> new Refusal("problem.auth.forbidden", "The 766 index is for managers and heads"));
        return Index766Screen.unitOf(user, dossiers);
    }

    private static YearMonth month(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                throw new Refusal("problem.index766.period", "Out of range: " + month);
            }
            return parsed;
        } catch (DateTimeParseException malformed) {
            throw new Refusal("problem.index766.period", "Not a month: " + month);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
