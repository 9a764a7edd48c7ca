package vn.motcua.counter;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import vn.motcua.counter.ConsolePort.OfficerToday;

/** The seated officer's own day: what they finished, how long it took on average, how satisfied people were. */
final class OfficerDayPanel extends Div {

    /** The center's satisfaction targets (seeds 002 and 004): the officer's share is coloured against them. */
    private static final int TARGET = 90;
    private static final int HIGH_TARGET = 98;

    OfficerDayPanel() {
        addClassName("console-today");
    }

    /** Nothing while nobody is seated at the counter. */
    void show(Optional<OfficerToday> today) {
        removeAll();
        today.ifPresent(this::show);
    }

    private void show(OfficerToday figures) {
        H2 heading = new H2(getTranslation("console.today", figures.officerName()));
        Div served = figure("console-today-served", String.valueOf(figures.served()),
                getTranslation("console.today.served"));
        Div average = figure("console-today-average",
                figures.averageServiceTime().map(RunningTimer::format).orElse("–"),
                getTranslation("console.today.average"));
        Div satisfied = figure("console-today-satisfied",
                figures.satisfiedPercent().map(percent -> percent + "%").orElse("–"),
                figures.ratings() == 0 ? getTranslation("console.today.no-ratings")
                        : getTranslation("console.today.satisfied", figures.ratings()));
        figures.satisfiedPercent().ifPresent(percent -> satisfied.addClassName(
                percent >= HIGH_TARGET ? "on-target" : percent >= TARGET ? "near-target" : "below-target"));
        Div tiles = new Div(served, average, satisfied);
        tiles.addClassName("console-today-figures");
        add(heading, tiles);
    }

    private static Div figure(String className, String value, String caption) {
        Span valueSpan = new Span(value);
        valueSpan.addClassName("console-figure-value");
        Span captionSpan = new Span(caption);
        captionSpan.addClassName("console-figure-caption");
        Div figure = new Div(valueSpan, captionSpan);
        figure.addClassNames("console-figure", className);
        return figure;
    }
}
