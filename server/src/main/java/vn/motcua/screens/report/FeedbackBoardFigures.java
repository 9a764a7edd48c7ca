package vn.motcua.screens.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.FeedbackFigures;
import vn.motcua.feedback.FeedbackFigures.OnTime;

/**
 * The board's feedback figures (seed 000: every feedback answered before its deadline): the on-time rate of the month
 * so far, and how many are open and overdue now, whatever month their deadline falls in.
 */
record FeedbackBoardFigures(OnTime month, OnTime now) {

    /** Deadlines are working days ahead: a year either side holds every open one of a center's feedback. */
    private static final long YEAR_DAYS = 366;

    static FeedbackBoardFigures read(FeedbackFigures figures, Instant now) {
        Instant monthStart = LocalDate.ofInstant(now, CenterTime.ZONE).withDayOfMonth(1).atStartOfDay(CenterTime.ZONE)
                .toInstant();
        return new FeedbackBoardFigures(figures.onTime(monthStart, now),
                figures.onTime(now.minus(YEAR_DAYS, ChronoUnit.DAYS), now.plus(YEAR_DAYS, ChronoUnit.DAYS)));
    }
}
