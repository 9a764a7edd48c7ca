package vn.motcua.screens.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.motcua.center.CenterTime;
import vn.motcua.report.Index766Drill;
import vn.motcua.report.Index766Drill.Line;

/** The dossiers that cost points on one figure, in a dialog: why, the dates, who received each. */
final class Index766DrillDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BiFunction<String, Object[], String> words;

    Index766DrillDialog(BiFunction<String, Object[], String> words) {
        this.words = words;
    }

    void open(Index766Drill.Drill drilled) {
        Dialog dialog = new Dialog();
        dialog.setId("index766-drill");
        dialog.setHeaderTitle(word("index766.drill.title", word("index766.code." + drilled.indicator().name())));
        Span count = new Span(word("index766.drill.count", drilled.total(), drilled.lines().size()));
        count.setId("index766-drill-count");
        Grid<Line> grid = new Grid<>();
        grid.setId("index766-drill-grid");
        grid.addColumn(Line::code).setHeader(word("index766.drill.code")).setAutoWidth(true);
        grid.addColumn(line -> line.procedureCode() + (line.procedureName().isEmpty() ? "" : " – "
                + line.procedureName())).setHeader(word("index766.drill.procedure")).setFlexGrow(2);
        grid.addColumn(Line::unitName).setHeader(word("index766.drill.unit"));
        grid.addColumn(Line::receivedBy).setHeader(word("index766.drill.received-by"));
        grid.addColumn(Line::ownerName).setHeader(word("index766.drill.owner"));
        grid.addColumn(line -> when(line.received())).setHeader(word("index766.drill.received")).setAutoWidth(true);
        grid.addColumn(line -> when(line.due())).setHeader(word("index766.drill.due")).setAutoWidth(true);
        grid.addColumn(line -> line.ended().map(Index766DrillDialog::when).orElse("—"))
                .setHeader(word("index766.drill.ended")).setAutoWidth(true);
        grid.addColumn(line -> line.reasons().stream().map(each -> word("index766.reason." + each.name()))
                .collect(Collectors.joining("; "))).setHeader(word("index766.drill.why")).setFlexGrow(2);
        grid.setItems(drilled.lines());
        grid.setWidth("min(1600px, 90vw)");
        dialog.add(count, grid);
        Button close = new Button(word("index766.drill.close"), click -> dialog.close());
        close.setId("index766-drill-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static String when(Instant at) {
        return WHEN.format(LocalDateTime.ofInstant(at, CenterTime.ZONE));
    }

    private String word(String key, Object... args) {
        return words.apply(key, args);
    }
}
