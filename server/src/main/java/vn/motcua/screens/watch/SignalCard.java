package vn.motcua.screens.watch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import vn.motcua.center.CenterTime;
import vn.motcua.watch.BrokerSignal;
import vn.motcua.watch.Evidence;
import vn.motcua.watch.WatchAction;

/** One signal: its kind, the figure against the threshold, why, the evidence on demand and the actions taken. */
final class SignalCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** {@code act} is null for a reader who may not act: no buttons then. */
    SignalCard(BrokerSignal signal, Consumer<BrokerSignal> act) {
        addClassNames("watch-signal", "watch-" + signal.kind().name().toLowerCase(java.util.Locale.ROOT));
        getElement().setAttribute("data-key", signal.key());
        Span figure = new Span(getTranslation("watch.figure", signal.figure(), signal.threshold()));
        figure.addClassName("watch-figure");
        H2 title = new H2(getTranslation("watch.kind." + signal.kind().name()));
        Paragraph why = new Paragraph(getTranslation(signal.why().key(), signal.why().args().toArray()));
        why.addClassName("watch-why");
        Details evidence = new Details(getTranslation("watch.evidence", signal.evidence().size()), evidence(signal));
        evidence.addClassName("watch-evidence");
        add(new Div(title, figure), why, evidence, actions(signal));
        if (act != null) {
            Button record = new Button(getTranslation("watch.act"), click -> act.accept(signal));
            record.addClassName("watch-act");
            add(record);
        }
    }

    private NativeTable evidence(BrokerSignal signal) {
        NativeTable table = new NativeTable();
        table.addClassNames("slip-table", "watch-evidence-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : new String[] {"source", "ref", "at", "detail"}) {
            head.addHeaderCell().setText(getTranslation("watch.evidence." + column));
        }
        for (Evidence item : signal.evidence()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation("watch.source." + item.source().name()));
            row.addDataCell().setText(item.ref());
            row.addDataCell().setText(when(item.at()));
            row.addDataCell().setText(item.detail());
        }
        return table;
    }

    private Div actions(BrokerSignal signal) {
        Div taken = new Div();
        taken.addClassName("watch-actions");
        if (signal.actions().isEmpty()) {
            taken.add(new Span(getTranslation("watch.no-action")));
            return taken;
        }
        UnorderedList list = new UnorderedList();
        for (WatchAction action : signal.actions()) {
            String note = action.getNote() == null ? "" : ": " + action.getNote();
            list.add(new ListItem(getTranslation("watch.action-line", when(action.getActedAt()),
                    getTranslation("watch.action." + action.getAction().name()), action.getActedBy()) + note));
        }
        taken.add(new Span(getTranslation("watch.actions")), list);
        return taken;
    }

    private static String when(Instant at) {
        return WHEN.format(LocalDateTime.ofInstant(at, CenterTime.ZONE));
    }
}
