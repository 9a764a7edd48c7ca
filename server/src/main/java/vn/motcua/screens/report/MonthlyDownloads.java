package vn.motcua.screens.report;

import java.security.Principal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.MonthlyTable;
import vn.motcua.report.ReportPeriod;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * The monthly report's, the quarterly report's and the targets' files behind the screens' sign-in (their screens link
 * here): a manager's for the center, a head of unit's for their unit only. A refusal answers in words.
 */
@RestController
class MonthlyDownloads {

    static final String MONTHLY = "/giay-to/bao-cao-thang/";
    static final String QUARTERLY = "/giay-to/bao-cao-quy/";
    static final String TARGETS = "/giay-to/chi-tieu/";

    private final MonthlyReports reports;
    private final ReportDownload download;
    private final Dossiers dossiers;

    MonthlyDownloads(MonthlyReports reports, ReportDownload download, Dossiers dossiers) {
        this.reports = reports;
        this.download = download;
        this.dossiers = dossiers;
    }

    @GetMapping(MONTHLY + "{month}.{extension}")
    ResponseEntity<?> monthly(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            YearMonth chosen = ReportDownload.month(month, "problem.monthly.month");
            return download.answer(MonthlyTable.monthFileName(chosen), extension,
                    () -> reports.monthTable(chosen, unitOf(principal), Translations.VIETNAMESE));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    @GetMapping(QUARTERLY + "{quarter}.{extension}")
    ResponseEntity<?> quarterly(@PathVariable String quarter, @PathVariable String extension, Principal principal) {
        try {
            ReportPeriod chosen = quarter(quarter);
            return download.answer(MonthlyTable.quarterFileName(chosen), extension,
                    () -> reports.quarterTable(chosen.month(), unitOf(principal), Translations.VIETNAMESE));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    /** A month (2026-11) or a quarter (2026-Q4). */
    @GetMapping(TARGETS + "{period}.{extension}")
    ResponseEntity<?> targets(@PathVariable String period, @PathVariable String extension, Principal principal) {
        try {
            ReportPeriod chosen = period.toUpperCase(Locale.ROOT).contains("Q") ? quarter(period)
                    : ReportPeriod.month(ReportDownload.month(period, "problem.monthly.month"));
            return download.answer(MonthlyReports.targetsFileName(chosen), extension,
                    () -> reports.targetsTable(chosen, unitOf(principal), Translations.VIETNAMESE));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    private static ReportPeriod quarter(String text) {
        return MonthlyReports.quarterOf(text)
                .orElseThrow(() -> new Refusal("problem.monthly.quarter", "Not a quarter: " + text));
    }

    /** A manager's center; a head's own unit (their account's unit), from the request's own principal. */
    private Optional<Long> unitOf(Principal principal) {
        SignedInUser user = Accounts.of(principal).filter(Index766Screen::reads)
                .orElseThrow(() -> new Refusal("problem.auth.forbidden", "The reports are for managers and heads"));
        return Index766Screen.unitOf(user, dossiers);
    }
}
