package vn.motcua.screens.dossier;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.OverduePapers;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.security.Accounts;

/**
 * The daily overdue list's PDF and workbook behind the screens' sign-in (the list screen links here), for the scope of
 * the person signed in: a manager every unit, a head or an officer their unit. A refusal answers in words.
 */
@RestController
class OverdueDownloads {

    static final String PATH = "/giay-to/qua-han/";
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dossiers dossiers;
    private final OverduePapers papers;
    private final Translations translations;

    OverdueDownloads(Dossiers dossiers, OverduePapers papers, Translations translations) {
        this.dossiers = dossiers;
        this.papers = papers;
        this.translations = translations;
    }

    @GetMapping(PATH + "{day}.pdf")
    ResponseEntity<?> pdf(@PathVariable String day, Principal principal) {
        try {
            LocalDate date = day(day);
            return file(papers.pdf(scope(principal), date), MediaType.APPLICATION_PDF, "qua-han-" + date + ".pdf");
        } catch (Refusal refused) {
            return refusal(refused);
        }
    }

    @GetMapping(PATH + "{day}.xlsx")
    ResponseEntity<?> xlsx(@PathVariable String day, Principal principal) {
        try {
            LocalDate date = day(day);
            return file(papers.xlsx(scope(principal), date), XLSX, "qua-han-" + date + ".xlsx");
        } catch (Refusal refused) {
            return refusal(refused);
        }
    }

    /** From the request's principal, which its own filters authenticated, not the thread's (see {@link Accounts#of}). */
    private DossierScope scope(Principal principal) {
        return StaffScope.of(dossiers, Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "The overdue list is for staff")));
    }

    private static LocalDate day(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException malformed) {
            throw new Refusal("problem.overdue.day-malformed", "Not a day: " + day, day);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        ContentDisposition disposition = type.equals(MediaType.APPLICATION_PDF)
                ? ContentDisposition.inline().filename(name).build() : ContentDisposition.attachment().filename(name).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    private ResponseEntity<String> refusal(Refusal refused) {
        HttpStatus status = refused.messageKey().equals("problem.auth.forbidden") ? HttpStatus.FORBIDDEN
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(translations.getTranslation(refused.messageKey(), Translations.VIETNAMESE, refused.args()));
    }
}
