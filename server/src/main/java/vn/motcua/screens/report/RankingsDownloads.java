package vn.motcua.screens.report;

import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.RankingPeriods;
import vn.motcua.report.RankingsTable;
import vn.motcua.report.ReportPeriod;
import vn.motcua.security.Accounts;

/** The rankings' three files behind the screens' sign-in (the screen links here), for managers and heads of unit. */
@RestController
class RankingsDownloads {

    static final String PATH = "/giay-to/xep-hang/";

    private final RankingsTable table;
    private final ReportDownload download;

    RankingsDownloads(RankingsTable table, ReportDownload download) {
        this.table = table;
        this.download = download;
    }

    @GetMapping(PATH + "{period}.{extension}")
    ResponseEntity<?> file(@PathVariable String period, @PathVariable String extension, Principal principal) {
        try {
            Accounts.of(principal).filter(Index766Screen::reads)
                    .orElseThrow(() -> new Refusal("problem.auth.forbidden", "Rankings are for managers and heads"));
            ReportPeriod chosen = RankingPeriods.parse(period);
            return download.answer(RankingsTable.fileName(chosen), extension, () -> table.of(chosen));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }
}
