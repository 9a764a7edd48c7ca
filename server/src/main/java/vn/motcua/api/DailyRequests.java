package vn.motcua.api;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;

/**
 * Reads the daily and weekly reports' parameters, refusing in words what does not fit: a day or a month from the year
 * 2000 up to today (a day to come has nothing to count), and whose officers the reader sees.
 */
final class DailyRequests {

    private static final int FIRST_YEAR = 2000;

    private DailyRequests() {
    }

    /** The day asked for, today when none is; a day to come or before 2000 refused. */
    static LocalDate day(LocalDate day, LocalDate today) {
        LocalDate asked = day == null ? today : day;
        if (asked.isAfter(today) || asked.getYear() < FIRST_YEAR) {
            throw new Refusal("problem.daily.day", "The day " + asked + " is not from 2000 to today", asked.toString(),
                    today.toString());
        }
        return asked;
    }

    /** A month from 2000 to this month. */
    static YearMonth month(YearMonth month, LocalDate today, String problemKey) {
        if (month == null || month.isAfter(YearMonth.from(today)) || month.getYear() < FIRST_YEAR) {
            throw new Refusal(problemKey, "The month " + month + " is not from 2000 to this month",
                    String.valueOf(month));
        }
        return month;
    }

    /** Exactly one of a day and a month, for the files that take either. */
    static void dayOrMonth(LocalDate day, YearMonth month) {
        if ((day == null) == (month == null)) {
            throw new Refusal("problem.daily.period", "Give either day=YYYY-MM-DD or month=YYYY-MM");
        }
    }

    /** Empty for a manager or an administrator (every officer); a head's own unit, whose officers alone they see. */
    static Optional<Long> unit(Dossiers dossiers, Principal principal) {
        DossierScope scope = StaffScopes.of(dossiers, principal);
        if (scope.allUnits()) {
            return Optional.empty();
        }
        if (scope.unitId() == null) {
            throw new Refusal("problem.auth.forbidden", "A head of unit with no unit reads no report");
        }
        return Optional.of(scope.unitId());
    }
}
