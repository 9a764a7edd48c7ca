package vn.motcua.screens.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.feedback.FollowUps;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.SatisfactionFigures.LowRating;
import vn.motcua.report.SatisfactionFigures.OfficerSatisfaction;
import vn.motcua.report.SatisfactionFigures.SatisfactionToday;
import vn.motcua.report.SatisfactionFigures.UnitSatisfaction;
import vn.motcua.report.SatisfactionTally;

/**
 * The board's satisfaction page: today's share of satisfied ratings for the center, per unit and per officer
 * against the 90% and 98% targets, and every rating that was not satisfied with who served and why.
 */
final class SatisfactionPage extends Div {

    /** A wall TV has no scroll bar: it shows the latest low ratings and counts the rest. */
    private static final int LOW_RATINGS_ON_TV = 5;
    /**
     * Officers a wall TV has room for. When more were rated, it shows the bottom of the ranking, those who need
     * attention, and counts the ones above.
     */
    private static final int OFFICERS_ON_TV = 8;

    SatisfactionPage(SatisfactionToday today, FollowUps.Counts followUps, boolean tv) {
        addClassNames("board-page", "board-satisfaction");

        Div center = column("board-sat-center");
        center.add(new H3(getTranslation("board.satisfaction.center")));
        Span percent = new Span(BoardText.percent(this, today.center().percent()));
        percent.addClassNames("board-big-percent", BoardText.standingClass(today.center()));
        Span standing = badge(today.center().standing() == SatisfactionTally.Standing.NO_RATINGS
                ? getTranslation("board.satisfaction.none") : BoardText.standing(this, today.center()), today.center());
        Span count = new Span(getTranslation("board.satisfaction.count", today.center().total()));
        count.addClassName("board-sat-count");
        center.add(percent, standing, count, levels(today.byLevel()));
        Span targets = new Span(getTranslation("board.satisfaction.targets"));
        targets.addClassName("board-note");
        center.add(targets);

        Div ranking = column("board-sat-ranking");
        ranking.add(new H3(getTranslation("board.satisfaction.units")));
        ranking.add(unitTable(today.units()));
        ranking.add(new H3(getTranslation("board.satisfaction.officers")));
        List<OfficerSatisfaction> officers = today.officers();
        if (tv && officers.size() > OFFICERS_ON_TV) {
            ranking.add(note(getTranslation("board.satisfaction.more-above", officers.size() - OFFICERS_ON_TV)));
            officers = officers.subList(officers.size() - OFFICERS_ON_TV, officers.size());
        }
        ranking.add(officerTable(officers));

        Div low = column("board-sat-low");
        low.add(new H3(getTranslation("board.low.title")));
        low.add(followUps(followUps));
        low.add(lowRatings(today.lowRatings(), tv));
        add(center, ranking, low);
    }

    /** The open follow-ups of dissatisfied ratings, in words, and how many went up to the managers overdue. */
    private Div followUps(FollowUps.Counts counts) {
        String text = counts.open() == 0 ? getTranslation("board.follow-ups.none")
                : counts.escalated() == 0 ? getTranslation("board.follow-ups", counts.open())
                : getTranslation("board.follow-ups.escalated", counts.open(), counts.escalated());
        Div line = new Div(new Span(text));
        line.setId("board-follow-ups");
        line.addClassName("board-follow-ups");
        line.setClassName("escalated", counts.escalated() > 0);
        return line;
    }

    private Div levels(Map<RatingLevel, Long> byLevel) {
        Div levels = new Div();
        levels.addClassName("board-levels");
        byLevel.forEach((level, count) -> {
            Span value = new Span(String.valueOf(count));
            value.addClassName("level-count");
            Div row = new Div(new Span(BoardText.level(this, level)), value);
            row.addClassNames("board-level", level.isSatisfied() ? "satisfied" : "not-satisfied");
            row.getElement().setAttribute("data-level", level.name());
            levels.add(row);
        });
        return levels;
    }

    private Div unitTable(List<UnitSatisfaction> units) {
        if (units.isEmpty()) {
            return note(getTranslation("board.satisfaction.none"));
        }
        NativeTable table = rankingTable(getTranslation("board.satisfaction.unit"), false);
        for (UnitSatisfaction unit : units) {
            rankingRow(table, unit.name(), null, unit.tally());
        }
        return wrap(table);
    }

    private Div officerTable(List<OfficerSatisfaction> officers) {
        if (officers.isEmpty()) {
            return note(getTranslation("board.satisfaction.none"));
        }
        NativeTable table = rankingTable(getTranslation("board.satisfaction.officer"), true);
        for (OfficerSatisfaction officer : officers) {
            rankingRow(table, officer.fullName(), officer.unitName(), officer.tally());
        }
        return wrap(table);
    }

    private NativeTable rankingTable(String who, boolean withUnit) {
        NativeTable table = new NativeTable();
        table.addClassNames("board-table", "board-ranking");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(who);
        if (withUnit) {
            head.addHeaderCell().setText(getTranslation("board.satisfaction.unit"));
        }
        var ratings = head.addHeaderCell();
        ratings.setText(getTranslation("board.satisfaction.ratings"));
        ratings.addClassName("number");
        var share = head.addHeaderCell();
        share.setText(getTranslation("board.satisfaction.share"));
        share.addClassName("number");
        head.addHeaderCell().setText(getTranslation("board.satisfaction.standing"));
        return table;
    }

    private void rankingRow(NativeTable table, String name, String unit, SatisfactionTally tally) {
        NativeTableRow row = table.getBody().addRow();
        row.addClassNames("board-ranked", BoardText.standingClass(tally));
        row.addDataCell().setText(name);
        if (unit != null) {
            NativeTableCell unitCell = row.addDataCell();
            unitCell.setText(unit);
            unitCell.addClassName("unit");
        }
        NativeTableCell ratings = row.addDataCell();
        ratings.setText(String.valueOf(tally.total()));
        ratings.addClassName("number");
        NativeTableCell share = row.addDataCell();
        share.setText(BoardText.percent(this, tally.percent()));
        share.addClassNames("number", "share");
        row.addDataCell().add(badge(BoardText.standing(this, tally), tally));
    }

    private Div lowRatings(List<LowRating> ratings, boolean tv) {
        Div list = new Div();
        list.addClassName("board-low-list");
        if (ratings.isEmpty()) {
            list.add(note(getTranslation("board.low.none")));
            return list;
        }
        int shown = tv ? Math.min(LOW_RATINGS_ON_TV, ratings.size()) : ratings.size();
        for (LowRating rating : ratings.subList(0, shown)) {
            Span when = new Span(BoardText.clock(rating.at()));
            when.addClassName("board-low-time");
            Span number = new Span(rating.ticketNumber());
            number.addClassName("board-low-number");
            Span level = new Span(BoardText.level(this, rating.level()));
            level.addClassNames("board-low-level",
                    "level-" + rating.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Div top = new Div(when, number, level);
            top.addClassName("board-low-top");
            Span who = new Span(getTranslation("board.low.who", rating.officerName(), rating.counterNumber()));
            who.addClassName("board-low-who");
            Div reasons = new Div();
            reasons.addClassName("board-low-reasons");
            if (rating.reasons().isEmpty()) {
                Span none = new Span(getTranslation("board.low.no-reason"));
                none.addClassName("board-note");
                reasons.add(none);
            }
            rating.reasons().forEach(code -> {
                Span reason = new Span(BoardText.reason(this, code));
                reason.addClassName("board-reason");
                reasons.add(reason);
            });
            Div card = new Div(top, who, reasons);
            card.addClassName("board-low");
            list.add(card);
        }
        if (shown < ratings.size()) {
            list.add(note(getTranslation("board.low.more", ratings.size() - shown)));
        }
        return list;
    }

    private static Span badge(String text, SatisfactionTally tally) {
        Span badge = new Span(text);
        badge.addClassNames("board-standing", BoardText.standingClass(tally));
        return badge;
    }

    private static Div column(String className) {
        Div column = new Div();
        column.addClassNames("board-card", className);
        return column;
    }

    private static Div wrap(NativeTable table) {
        return new Div(table);
    }

    private static Div note(String text) {
        Div note = new Div(new Span(text));
        note.addClassName("board-note");
        return note;
    }
}
