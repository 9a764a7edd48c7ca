package vn.motcua.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.motcua.counter.DossierDesk.Missing;

/** The rows of a supplement request: what is missing and why, one row each; rows added and removed by the officer. */
final class MissingItems extends Div {

    private final Div rows = new Div();

    /** Starts with the documents not received, each with the usual reason; one empty row when none. */
    MissingItems(List<String> notReceived) {
        addClassName("console-missing");
        rows.addClassName("console-missing-rows");
        Button more = new Button(getTranslation("console.supplement.add"), click -> addRow("", ""));
        more.addClassName("console-missing-add");
        add(rows, more);
        notReceived.forEach(what -> addRow(what, getTranslation("console.supplement.why-default")));
        if (notReceived.isEmpty()) {
            addRow("", "");
        }
    }

    /** The rows with something in them, as typed (the server refuses a row without its reason). */
    List<Missing> items() {
        return rows.getChildren().map(Div.class::cast).map(row -> {
            List<TextField> fields = row.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                    .toList();
            return new Missing(fields.get(0).getValue(), fields.get(1).getValue());
        }).filter(item -> !item.what().isBlank() || !item.why().isBlank()).toList();
    }

    private void addRow(String what, String why) {
        TextField thing = new TextField(getTranslation("console.supplement.what"));
        thing.setValue(what);
        thing.setMaxLength(300);
        thing.addClassName("console-missing-what");
        TextField reason = new TextField(getTranslation("console.supplement.why"));
        reason.setValue(why);
        reason.setMaxLength(190);
        reason.addClassName("console-missing-why");
        Div row = new Div(thing, reason);
        Button remove = new Button(getTranslation("console.supplement.remove"), click -> rows.remove(row));
        remove.addClassName("console-missing-remove");
        row.add(remove);
        row.addClassName("console-missing-row");
        rows.add(row);
        if (what.isEmpty()) {
            thing.focus();
        }
    }
}
