package vn.motcua.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.i18n.Refusal;

/** The periods rankings are made for, written as in addresses and file names: a month 2026-11, a quarter 2026-Q4. */
public final class RankingPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private RankingPeriods() {
    }

    /** Exactly one of a month (YYYY-MM) and a quarter (YYYY-Qn); anything else is refused in words. */
    public static ReportPeriod of(String month, String quarter) {
        boolean hasMonth = month != null && !month.isBlank();
        boolean hasQuarter = quarter != null && !quarter.isBlank();
        if (hasMonth == hasQuarter) {
            throw new Refusal("problem.rankings.period", "Give either month=YYYY-MM or quarter=YYYY-Qn");
        }
        return hasMonth ? ReportPeriod.month(month(month)) : quarter(quarter);
    }

    /** A period by its written name, 2026-11 or 2026-Q4. */
    public static ReportPeriod parse(String name) {
        return name != null && name.contains("Q") ? quarter(name) : ReportPeriod.month(month(name));
    }

    /** The written name of a month or quarter: 2026-11, 2026-Q4. */
    public static String name(ReportPeriod period) {
        return period.wholeMonth() ? period.month().toString()
                : period.first().getYear() + "-Q" + ((period.first().getMonthValue() - 1) / 3 + 1);
    }

    /** A month in range (2000 to 2100). */
    public static YearMonth month(String text) {
        try {
            return inRange(YearMonth.parse(text.strip()), text);
        } catch (DateTimeParseException | NullPointerException malformed) {
            throw new Refusal("problem.rankings.period", "Not a month: " + text);
        }
    }

    private static ReportPeriod quarter(String text) {
        Matcher matcher = QUARTER.matcher(text.strip());
        if (!matcher.matches()) {
            throw new Refusal("problem.rankings.period", "Not a quarter (YYYY-Qn): " + text);
        }
        int quarter = Integer.parseInt(matcher.group(2));
        YearMonth first = YearMonth.of(Integer.parseInt(matcher.group(1)), (quarter - 1) * 3 + 1);
        return ReportPeriod.quarter(inRange(first, text));
    }

    private static YearMonth inRange(YearMonth month, String text) {
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            throw new Refusal("problem.rankings.period", "Out of range: " + text);
        }
        return month;
    }
}
