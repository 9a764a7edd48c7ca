package vn.motcua.screens.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** A plain table of the admin screens: a header row of words, then one row per thing with its own buttons. */
public final class CatalogueTable {

    private final NativeTable table = new NativeTable();

    public CatalogueTable(String id, String... headers) {
        table.setId(id);
        table.addClassName("catalogue-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
    }

    /** A row of texts and components (a button, a list), marked with its class and the thing's key. */
    public NativeTableRow row(String className, String key, Object... cells) {
        NativeTableRow row = table.getBody().addRow();
        row.addClassName(className);
        row.getElement().setAttribute("data-key", key);
        for (Object cell : cells) {
            if (cell instanceof Component component) {
                row.addDataCell().add(component);
            } else {
                row.addDataCell().setText(cell == null ? "" : cell.toString());
            }
        }
        return row;
    }

    public NativeTable table() {
        return table;
    }
}
