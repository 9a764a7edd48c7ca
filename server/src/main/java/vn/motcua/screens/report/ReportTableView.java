package vn.motcua.screens.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.motcua.forms.ReportTable;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;

/**
 * A report table on a screen, section by section, the same cells the files carry: what the screen shows is what the
 * chairperson signs. Each table is {@code <id>-<n>} in the order of the sections; a cell with nothing to count says "—".
 */
class ReportTableView extends Div {

    ReportTableView(String id, ReportTable report, Locale locale) {
        addClassName("report-table");
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        List<Section> sections = report.sections();
        for (int index = 0; index < sections.size(); index++) {
            Section section = sections.get(index);
            if (!section.heading().isBlank()) {
                add(new H2(section.heading()));
            }
            NativeTable table = new NativeTable();
            table.setId(id + "-" + index);
            NativeTableRow head = new NativeTableRow();
            section.columns().forEach(column -> head.add(new NativeTableHeaderCell(column.heading())));
            NativeTableBody body = new NativeTableBody();
            for (List<Object> row : section.rows()) {
                NativeTableRow line = new NativeTableRow();
                for (int column = 0; column < row.size(); column++) {
                    Kind kind = section.columns().get(column).kind();
                    NativeTableCell cell = new NativeTableCell(text(row.get(column), kind, count, decimal));
                    if (kind != Kind.TEXT) {
                        cell.addClassName("report-number");
                    }
                    line.add(cell);
                }
                body.add(line);
            }
            table.add(new NativeTableHeader(head), body);
            Div scroll = new Div(table);
            scroll.addClassName("report-scroll");
            add(scroll);
        }
        report.notes().forEach(note -> add(new Paragraph(note)));
    }

    private static String text(Object cell, Kind kind, NumberFormat count, NumberFormat decimal) {
        if (cell == null) {
            return "—";
        }
        return switch (kind) {
            case COUNT -> count.format(((Number) cell).longValue());
            case PERCENT -> decimal.format(cell) + "%";
            case DECIMAL -> decimal.format(cell);
            default -> cell.toString();
        };
    }
}
