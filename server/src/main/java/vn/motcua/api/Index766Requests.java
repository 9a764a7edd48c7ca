package vn.motcua.api;

import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.report.Index766;
import vn.motcua.report.ReportPeriod;

/**
 * Reads the 766 requests' parameters into a period, a unit and an indicator, refusing in words what does not fit: a
 * head of unit reads their own unit only, whatever they ask.
 */
final class Index766Requests {

    /** The longest period asked for by days: a year and a day of leap. */
    static final long MAX_DAYS = 366;

    private Index766Requests() {
    }

    /** A month, or a run of days from {@code from} to {@code to}: exactly one of the two. */
    static ReportPeriod period(YearMonth month, LocalDate from, LocalDate to) {
        boolean days = from != null || to != null;
        if ((month == null) == !days || (days && (from == null || to == null))) {
            throw new Refusal("problem.index766.period", "Give either month=YYYY-MM or both from= and to= days");
        }
        if (month != null) {
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new Refusal("problem.index766.period", "The month " + month + " is out of range");
            }
            return ReportPeriod.month(month);
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS || from.getYear() < 2000
                || to.getYear() > 2100) {
            throw new Refusal("problem.index766.days", "from must not be after to, at most " + MAX_DAYS
                    + " days apart", MAX_DAYS);
        }
        return from.withDayOfMonth(1).equals(from) && to.equals(YearMonth.from(from).atEndOfMonth())
                ? ReportPeriod.month(YearMonth.from(from)) : new ReportPeriod(from, to, false);
    }

    /**
     * The unit asked for by code or id, within the caller's scope: a head (or an officer) gets their own unit, and is
     * refused another; a manager the center when none is asked.
     */
    static Optional<Long> unit(String asked, Principal principal, Dossiers dossiers, Officers officers) {
        DossierScope scope = StaffScopes.of(dossiers, principal);
        Optional<Long> unit = Optional.ofNullable(asked).map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> officers.units().stream()
                        .filter(each -> each.getCode().equalsIgnoreCase(text) || String.valueOf(each.getId()).equals(text))
                        .map(Unit::getId).findFirst()
                        .orElseThrow(() -> new Refusal("problem.index766.unit", "Unknown unit " + text, text)));
        if (scope.allUnits()) {
            return unit;
        }
        if (scope.unitId() == null || unit.filter(id -> !id.equals(scope.unitId())).isPresent()) {
            throw new Refusal("problem.dossier.other-unit", "A head of unit reads their own unit's index only");
        }
        return Optional.of(scope.unitId());
    }

    /** The indicator by its name (ON_TIME, SATISFACTION, ...). */
    static Index766.Code indicator(String name) {
        String allowed = String.join(", ", Arrays.stream(Index766.Code.values()).map(Enum::name).toList());
        if (name == null || name.isBlank()) {
            throw new Refusal("problem.index766.indicator", "indicator is one of " + allowed, allowed);
        }
        return Arrays.stream(Index766.Code.values()).filter(code -> code.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> new Refusal("problem.index766.indicator",
                        "indicator is one of " + allowed, allowed));
    }
}
