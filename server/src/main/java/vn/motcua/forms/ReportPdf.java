package vn.motcua.forms;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.pdf.PdfPTable;
import vn.motcua.forms.PdfPage.Signer;
import vn.motcua.forms.ReportTable.Kind;
import vn.motcua.forms.ReportTable.Section;
import vn.motcua.i18n.Translations;

/**
 * A report on A4 with the center's header, fonts embedded: each section as a ruled table whose header repeats on every
 * page, the notes, then a place to sign for each signer. More than seven columns lay the page on its side.
 */
final class ReportPdf {

    private static final int STANDING_COLUMNS = 7;

    private ReportPdf() {
    }

    static byte[] render(ReportTable report, String centerName, FormWords words) {
        boolean wide = report.sections().stream().anyMatch(section -> section.columns().size() > STANDING_COLUMNS);
        var page = PdfPage.report(report.title(), report.subtitle(), centerName, wide, words);
        NumberFormat decimal = NumberFormat.getNumberInstance(Translations.VIETNAMESE);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        for (Section section : report.sections()) {
            if (!section.heading().isBlank()) {
                page.heading(section.heading());
            }
            if (section.rows().isEmpty()) {
                page.text(words.text("forms.none"));
                continue;
            }
            float[] widths = new float[section.columns().size()];
            Arrays.fill(widths, 10);
            for (int column = 0; column < widths.length; column++) {
                if (section.columns().get(column).kind() == Kind.TEXT) {
                    widths[column] = 22;
                }
            }
            PdfPTable table = page.table(widths, section.columns().stream().map(ReportTable.Column::heading).toList());
            for (List<Object> row : section.rows()) {
                for (Object cell : row) {
                    page.cell(table, text(cell, decimal, words));
                }
            }
            page.add(table);
        }
        for (String note : report.notes()) {
            page.text(note);
        }
        List<Signer> signers = new ArrayList<>();
        for (String role : report.signers()) {
            signers.add(new Signer(role, ""));
        }
        if (!signers.isEmpty()) {
            page.signatures(signers, words);
        }
        return page.finish();
    }

    private static String text(Object cell, NumberFormat decimal, FormWords words) {
        return switch (cell) {
            case null -> "";
            case Double number -> decimal.format(number);
            case LocalDate day -> words.date(day);
            case Instant moment -> words.at(moment);
            default -> cell.toString();
        };
    }
}
