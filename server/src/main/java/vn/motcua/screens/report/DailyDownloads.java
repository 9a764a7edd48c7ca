package vn.motcua.screens.report;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.report.DailyTable;
import vn.motcua.report.OverdueWeeklyTable;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * The daily report's files (a day, or a month's days) and the weekly overdue count's (a month's weeks) behind the
 * screens' sign-in: a manager's for the center, a head of unit's for their unit. A refusal answers in words.
 */
@RestController
class DailyDownloads {

    static final String DAILY = "/giay-to/bao-cao-ngay/";
    static final String WEEKLY = "/giay-to/qua-han-tuan/";

    private final DailyTable daily;
    private final OverdueWeeklyTable weekly;
    private final ReportDownload download;
    private final Dossiers dossiers;
    private final CenterTime time;

    DailyDownloads(DailyTable daily, OverdueWeeklyTable weekly, ReportDownload download, Dossiers dossiers,
            CenterTime time) {
        this.daily = daily;
        this.weekly = weekly;
        this.download = download;
        this.dossiers = dossiers;
        this.time = time;
    }

    /** {@code period} is a day (2026-11-24: its counters and officers) or a month (2026-11: its days). */
    @GetMapping(DAILY + "{period}.{extension}")
    ResponseEntity<?> daily(@PathVariable String period, @PathVariable String extension, Principal principal) {
        try {
            SignedInUser user = reader(principal);
            if (period.length() == "2026-11".length()) {
                YearMonth month = month(period, "problem.daily.month");
                return download.answer(DailyTable.monthFileName(month), extension,
                        () -> daily.month(month, Translations.VIETNAMESE));
            }
            LocalDate day = day(period);
            return download.answer(DailyTable.dayFileName(day), extension,
                    () -> daily.day(day, Index766Screen.unitOf(user, dossiers), Translations.VIETNAMESE));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    @GetMapping(WEEKLY + "{month}.{extension}")
    ResponseEntity<?> weekly(@PathVariable String month, @PathVariable String extension, Principal principal) {
        try {
            SignedInUser user = reader(principal);
            YearMonth asked = month(month, "problem.weekly.month");
            return download.answer(OverdueWeeklyTable.fileName(asked), extension,
                    () -> weekly.of(Index766Screen.scopeOf(user, dossiers), asked, Translations.VIETNAMESE));
        } catch (Refusal refused) {
            return download.refusal(refused);
        }
    }

    private SignedInUser reader(Principal principal) {
        return Accounts.of(principal).filter(Index766Screen::reads)
                .orElseThrow(() -> new Refusal("problem.auth.forbidden", "The reports are for managers and heads"));
    }

    private YearMonth month(String text, String problemKey) {
        YearMonth month = ReportDownload.month(text, problemKey);
        if (month.isAfter(YearMonth.from(time.today()))) {
            throw new Refusal(problemKey, "A month to come: " + text, text);
        }
        return month;
    }

    private LocalDate day(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.getYear() < 2000 || day.isAfter(time.today())) {
                throw new Refusal("problem.daily.day", "Out of range: " + text, text, time.today().toString());
            }
            return day;
        } catch (DateTimeParseException malformed) {
            throw new Refusal("problem.daily.day", "Not a day: " + text, text, time.today().toString());
        }
    }
}
