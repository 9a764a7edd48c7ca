package vn.motcua.screens.report;

import java.security.Principal;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
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
    private final ReportDownload download;
    private final Dossiers dossiers;

    Index766Downloads(Index766Table table, ReportDownload download, Dossiers dossiers) {
        this.table = table;
        this.download = download;
        this.dossiers = dossiers;
    }

    @GetMapping(PATH + "{month}.{extension}")
    ResponseEntity<?> file(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            ReportPeriod period = ReportPeriod.month(ReportDownload.month(month, "problem.index766.period"));
            return download.answer(Index766Table.fileName(period), extension,
                    () -> table.of(period, unitOf(principal)));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    /** A manager's center; a head's own unit (their account's unit), from the request's own principal. */
    private Optional<Long> unitOf(Principal principal) {
        SignedInUser user = Accounts.of(principal).filter(Index766Screen::reads)
                .orElseThrow(() -> new Refusal("problem.auth.forbidden", "The 766 index is for managers and heads"));
        return Index766Screen.unitOf(user, dossiers);
    }
}
