package vn.motcua.report;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.MonthlyReport.Figures;

/**
 * The columns of the monthly report, each with its kind and where it reads its value, so the month's table, the
 * quarter's months side by side, the screens and the JSON say the same thing. The heading is the i18n key
 * {@code monthly.measure.<name>}.
 */
public enum MonthlyMeasure {
    RECEIVED(Family.DOSSIERS, Kind.COUNT, Figures::received),
    HANDLED(Family.DOSSIERS, Kind.COUNT, Figures::handled),
    ON_TIME(Family.DOSSIERS, Kind.COUNT, Figures::onTime),
    LATE(Family.DOSSIERS, Kind.COUNT, Figures::late),
    ON_TIME_RATE(Family.DOSSIERS, Kind.PERCENT, figures -> figures.onTimePercent().orElse(null)),
    OVERDUE_AT_RECEPTION(Family.DOSSIERS, Kind.COUNT, Figures::overdueAtReception),
    OVERDUE_AT_HANDLING(Family.DOSSIERS, Kind.COUNT, Figures::overdueAtHandling),
    RETURNED_BY_FAULT(Family.DOSSIERS, Kind.COUNT, Figures::returnedByFault),
    RETURNED_SEVERAL_TIMES(Family.DOSSIERS, Kind.COUNT, Figures::returnedSeveralTimes),
    SUPPLEMENT_REQUESTS(Family.DOSSIERS, Kind.COUNT, Figures::supplementRequests),
    SECOND_REQUESTS(Family.DOSSIERS, Kind.COUNT, Figures::secondRequests),
    APOLOGIES(Family.DOSSIERS, Kind.COUNT, Figures::apologies),
    TICKETS_SERVED(Family.COUNTERS, Kind.COUNT, Figures::ticketsServed),
    AVERAGE_WAIT(Family.COUNTERS, Kind.DECIMAL, figures -> minutes(figures.averageWait())),
    AVERAGE_SERVICE(Family.COUNTERS, Kind.DECIMAL, figures -> minutes(figures.averageService())),
    RATED(Family.COUNTERS, Kind.COUNT, Figures::rated),
    VERY_SATISFIED(Family.LEVELS, Kind.COUNT, figures -> figures.ratings().get(RatingLevel.VERY_SATISFIED)),
    SATISFIED(Family.LEVELS, Kind.COUNT, figures -> figures.ratings().get(RatingLevel.SATISFIED)),
    NEUTRAL(Family.LEVELS, Kind.COUNT, figures -> figures.ratings().get(RatingLevel.NEUTRAL)),
    UNSATISFIED(Family.LEVELS, Kind.COUNT, figures -> figures.ratings().get(RatingLevel.UNSATISFIED)),
    VERY_UNSATISFIED(Family.LEVELS, Kind.COUNT, figures -> figures.ratings().get(RatingLevel.VERY_UNSATISFIED)),
    SATISFIED_RATE(Family.COUNTERS, Kind.PERCENT, figures -> figures.satisfiedPercent().orElse(null)),
    COMPLAINTS(Family.COUNTERS, Kind.COUNT, Figures::complaints);

    /**
     * Which table a measure sits in: the dossiers', the counters' and ratings', or the ratings by level (in the month's
     * counters table, left out of the quarter's to keep it to one page a figure).
     */
    public enum Family {
        DOSSIERS, COUNTERS, LEVELS
    }

    private final Family family;
    private final Kind kind;
    private final Function<Figures, Object> read;

    MonthlyMeasure(Family family, Kind kind, Function<Figures, Object> read) {
        this.family = family;
        this.kind = kind;
        this.read = read;
    }

    public Family family() {
        return family;
    }

    public Kind kind() {
        return kind;
    }

    /** The value in the type the kind says (Long, or Double for rates and minutes), null when nothing to count. */
    public Object of(Figures figures) {
        return read.apply(figures);
    }

    /** The i18n key of the heading. */
    public String key() {
        return "monthly.measure." + name();
    }

    private static Double minutes(Optional<Duration> duration) {
        return duration.map(each -> each.toMillis() / 60_000.0).orElse(null);
    }
}
