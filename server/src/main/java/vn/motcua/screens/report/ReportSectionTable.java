package vn.motcua.screens.report;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.motcua.forms.ReportTable.Column;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;

/**
 * One section of a report shown on a screen as a table, from the very value the files are written from, so what the
 * screen shows and what is downloaded cannot differ. Numbers right-aligned; an unknown figure reads "—".
 */
class ReportSectionTable extends NativeTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    ReportSectionTable(String id, Section section, Locale locale) {
        setId(id);
        addClassName("report-table");
        NativeTableRow head = getHead().addRow();
        for (Column column : section.columns()) {
            var cell = head.addHeaderCell();
            cell.setText(column.heading());
            if (column.kind() != Kind.TEXT) {
                cell.addClassName("number");
            }
        }
        for (List<Object> line : section.rows()) {
            NativeTableRow row = getBody().addRow();
            for (int index = 0; index < line.size(); index++) {
                Column column = section.columns().get(index);
                NativeTableCell cell = row.addDataCell();
                cell.setText(text(column.kind(), line.get(index), locale));
                if (column.kind() != Kind.TEXT) {
                    cell.addClassName("number");
                }
            }
        }
    }

    private static String text(Kind kind, Object value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case PERCENT -> String.format(locale, "%.1f%%", (Double) value);
            case DECIMAL -> String.format(locale, "%.1f", (Double) value);
            case DATE -> DAY.format((LocalDate) value);
            default -> String.valueOf(value);
        };
    }
}
