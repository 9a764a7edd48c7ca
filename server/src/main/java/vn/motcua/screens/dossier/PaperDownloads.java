package vn.motcua.screens.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;

/**
 * A dossier's papers for the screens: the same PDF files as the API's, behind the screens' sign-in (the console and
 * the dossier pages link here), since a browser signed in to a screen carries no HTTP Basic credentials. Staff only
 * (SecurityConfig). A refusal answers in words, as plain text.
 */
@RestController
class PaperDownloads {

    static final String PATH = "/giay-to/ho-so/";

    private final Dossiers dossiers;
    private final DossierPapers papers;
    private final Translations translations;
    private final Map<String, Function<Dossier, byte[]>> byName;

    PaperDownloads(Dossiers dossiers, DossierPapers papers, Translations translations) {
        this.dossiers = dossiers;
        this.papers = papers;
        this.translations = translations;
        this.byName = Map.of("tiep-nhan", papers::receiptPdf, "bo-sung", papers::supplementPdf,
                "tu-choi", papers::refusalPdf, "kiem-soat", papers::controlSlipPdf, "xin-loi", papers::apologyPdf);
    }

    @GetMapping(PATH + "{code}/{paper}.pdf")
    ResponseEntity<?> paper(@PathVariable String code, @PathVariable String paper) {
        Function<Dossier, byte[]> render = byName.get(paper);
        try {
            Dossier dossier = dossiers.find(code)
                    .orElseThrow(() -> new Refusal("problem.dossier.unknown", "Unknown dossier " + code));
            if (render == null) {
                throw new Refusal("problem.paper.unknown", "No paper " + paper);
            }
            byte[] pdf = render.apply(dossier);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename(paper + "-" + dossier.getCode() + ".pdf").build().toString())
                    .body(pdf);
        } catch (Refusal refused) {
            HttpStatus status = refused.messageKey().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                    StandardCharsets.UTF_8)).body(translations.getTranslation(refused.messageKey(),
                            Translations.VIETNAMESE));
        }
    }
}
