package vn.motcua.screens.report;

import java.security.Principal;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.forms.ReportTable;
import vn.motcua.i18n.Refusal;
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
    private final ReportDownload download;

    EvaluationDownloads(Evaluations evaluations, EvaluationSheets sheets, ReportDownload download) {
        this.evaluations = evaluations;
        this.sheets = sheets;
        this.download = download;
    }

    @GetMapping(PATH + "{month}.{extension}")
    ResponseEntity<?> file(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            YearMonth chosen = ReportDownload.month(month, "problem.evaluation.month-needed");
            return download.answer("danh-gia-can-bo-" + chosen, extension, () -> report(chosen, principal));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    private ReportTable report(YearMonth month, Principal principal) {
        Evaluator reader = Evaluator.of(Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "The evaluation is for staff")));
        return sheets.of(evaluations.month(month, Optional.empty(), reader), !reader.seesAll());
    }
}
