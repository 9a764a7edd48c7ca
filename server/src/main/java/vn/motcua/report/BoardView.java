package vn.motcua.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import java.util.Map;
import vn.motcua.center.CenterRepository;
import vn.motcua.live.LiveUpdates;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.BoardFigures.CounterLine;
import vn.motcua.report.BoardFigures.Satisfaction;
import vn.motcua.report.BoardFigures.ServiceLine;

/** The managers' live board: the queue, the counters and today's satisfaction against the 90% and 98% targets. */
@Route("board")
@StyleSheet("styles/board.css")
public class BoardView extends Div implements HasDynamicTitle {

    private final BoardFigures figures;
    private final Div queue = panel("board-queue");
    private final Div counters = panel("board-counters");
    private final Div satisfaction = panel("board-satisfaction");

    public BoardView(BoardFigures figures, LiveUpdates live, CenterRepository centers) {
        this.figures = figures;
        addClassName("board");
        Div panels = new Div(queue, counters, satisfaction);
        panels.addClassName("board-panels");
        add(new H1(getTranslation("board.heading", centers.profile().getName())), panels);
        live.refreshWhileAttached(this, this::render);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }


    private void render() {
        queue.removeAll();
        queue.add(new H2(getTranslation("board.queue")));
        long total = 0;
        for (ServiceLine line : figures.waitingPerService()) {
            queue.add(row(line.letter() + " · " + line.name(), String.valueOf(line.waiting())));
            total += line.waiting();
        }
        Div totalRow = row(getTranslation("board.queue.total"), String.valueOf(total));
        totalRow.addClassName("total");
        queue.add(totalRow);

        counters.removeAll();
        counters.add(new H2(getTranslation("board.counters")));
        for (CounterLine line : figures.callsPerCounter()) {
            String officer = line.officerName() == null ? getTranslation("board.counter.closed") : line.officerName();
            counters.add(row(line.name() + " · " + officer, getTranslation("board.counter.calls", line.callsToday())));
        }

        satisfaction.removeAll();
        satisfaction.add(new H2(getTranslation("board.satisfaction")));
        Satisfaction today = figures.satisfactionToday();
        Span percent = new Span(today.satisfiedPercent() == null ? "—"
                : String.format(getLocale(), "%.1f%%", today.satisfiedPercent()));
        percent.addClassNames("board-percent", targetClass(today.satisfiedPercent()));
        satisfaction.add(percent, new Span(getTranslation("board.satisfaction.targets", today.total())));
        for (Map.Entry<RatingLevel, Long> level : today.byLevel().entrySet()) {
            satisfaction.add(row(getTranslation("rating.level." + level.getKey().name().toLowerCase(Locale.ROOT)),
                    String.valueOf(level.getValue())));
        }
    }

    private static String targetClass(Double percent) {
        if (percent == null) {
            return "none";
        }
        return percent >= 98 ? "meets-98" : percent >= 90 ? "meets-90" : "below-90";
    }

    private static Div row(String label, String value) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("board-value");
        Div row = new Div(new Span(label), valueSpan);
        row.addClassName("board-row");
        return row;
    }

    private static Div panel(String className) {
        Div panel = new Div();
        panel.addClassNames("board-panel", className);
        return panel;
    }
}
