package vn.motcua.screens.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import vn.motcua.report.RankingCriterion;
import vn.motcua.report.Ranked;
import vn.motcua.report.Rankings;

/**
 * One ranking as a table, shared by the staff screen, the public page and the wall TV: rank, name (and the officer's
 * unit), value, count and the movement as an arrow whose words a screen reader speaks ("Tăng 2 bậc"). The not ranked
 * come last, saying why.
 */
final class RankingTable extends NativeTable {

    RankingTable(Component words, String id, RankingCriterion criterion, List<Ranked> lines, boolean officers,
            boolean withCounts) {
        setId(id);
        addClassName("ranking-table");
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(words.getTranslation("rankings.rank"));
        head.addHeaderCell().setText(words.getTranslation(officers ? "rankings.officer" : "rankings.unit"));
        if (officers) {
            var unit = head.addHeaderCell();
            unit.setText(words.getTranslation("rankings.unit"));
            unit.addClassName("unit");
        }
        head.addHeaderCell().setText(words.getTranslation("rankings.value." + criterion.name()));
        if (withCounts) {
            head.addHeaderCell().setText(words.getTranslation("rankings.counted." + criterion.name()));
        }
        head.addHeaderCell().setText(words.getTranslation("rankings.movement"));
        for (Ranked line : lines) {
            NativeTableRow row = getBody().addRow();
            row.getElement().setAttribute("data-name", line.name());
            row.addClassName(line.ranked() ? "ranked" : "not-ranked");
            cell(row, line.rank().map(String::valueOf).orElse("—"), "rank");
            cell(row, line.name(), "name");
            if (officers) {
                cell(row, line.unitName(), "unit");
            }
            cell(row, line.value().map(value -> value(criterion, value)).orElse("—"), "value");
            if (withCounts) {
                cell(row, String.valueOf(line.counted()), "counted");
            }
            row.addDataCell().add(movement(words, criterion, line));
        }
    }

    /** The arrow and, for a screen reader and anyone unsure of the arrow, its words. */
    static Span movement(Component words, RankingCriterion criterion, Ranked line) {
        Span movement = new Span();
        movement.addClassName("ranking-movement");
        if (!line.ranked()) {
            movement.setText(words.getTranslation("rankings.not-ranked." + criterion.name(), Rankings.MINIMUM));
            movement.addClassName("not-ranked");
            return movement;
        }
        String said = words.getTranslation("rankings.movement." + line.movement().name(), Math.abs(line.places()));
        Span arrow = new Span(switch (line.movement()) {
            case UP -> "▲";
            case DOWN -> "▼";
            case SAME -> "▬";
            case NEW -> "★";
        });
        arrow.getElement().setAttribute("aria-hidden", "true");
        arrow.addClassName("ranking-arrow");
        Span text = new Span(said);
        text.addClassName("ranking-movement-words");
        movement.add(arrow, text);
        movement.addClassName(line.movement().name().toLowerCase(Locale.ROOT));
        movement.getElement().setAttribute("data-movement", line.movement().name());
        return movement;
    }

    /** A percent "95,0%", or the 766 score "87,5". */
    static String value(RankingCriterion criterion, double value) {
        Locale locale = UI.getCurrent() == null ? Locale.ROOT : UI.getCurrent().getLocale();
        return String.format(locale, "%.1f", value) + (criterion == RankingCriterion.SCORE766 ? "" : "%");
    }

    private static void cell(NativeTableRow row, String text, String className) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassName(className);
    }
}
