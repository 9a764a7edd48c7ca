package vn.motcua.screens.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.motcua.report.PublishedRankings;
import vn.motcua.report.RankingCriterion;
import vn.motcua.report.Ranked;

/**
 * The wall TV's rankings page: last month's units and officers by satisfaction, as published on /cong-khai, in type
 * read from across the hall. Only the ranked officers, the first {@link #OFFICERS} of them: a TV does not scroll.
 */
final class RankingsPage extends Div {

    static final int OFFICERS = 8;

    RankingsPage(PublishedRankings published) {
        addClassNames("board-page", "board-rankings");
        setId("board-rankings");
        Span month = new Span(getTranslation("board.rankings.heading", published.month().getMonthValue(),
                String.valueOf(published.month().getYear())));
        month.addClassName("board-rankings-month");
        RankingCriterion criterion = RankingCriterion.SATISFACTION;
        String title = " – " + getTranslation("rankings.criterion." + criterion.name());
        List<Ranked> officers = published.board().officers().get(criterion).stream().filter(Ranked::ranked)
                .limit(OFFICERS).toList();
        Div grid = new Div(
                new Div(new H3(getTranslation("rankings.units") + title), new RankingTable(this,
                        "board-rankings-units", criterion, published.board().units().get(criterion), false, false)),
                new Div(new H3(getTranslation("rankings.officers") + title), new RankingTable(this,
                        "board-rankings-officers", criterion, officers, true, false)));
        grid.addClassName("board-rankings-grid");
        add(month, grid);
    }
}
