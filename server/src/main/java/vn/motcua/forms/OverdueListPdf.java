package vn.motcua.forms;

import java.util.List;
import org.openpdf.text.pdf.PdfPTable;
import vn.motcua.forms.PdfPage.Signer;

/** The daily overdue list on A4 landscape: one table per unit, late dossiers first, then the signatures. */
final class OverdueListPdf {

    /** The code column fits a national dossier code on one line at the table's size. */
    private static final float[] COLUMNS = {4, 21, 17, 9, 13, 10, 10, 9, 14, 9};

    private OverdueListPdf() {
    }

    static byte[] render(OverdueListForm form, FormWords words) {
        var page = PdfPage.landscapeList(words.text("forms.overdue.title"),
                words.text("forms.overdue.day", words.date(form.day()), words.at(form.asOf())), form.centerName(), words);
        for (OverdueListForm.Unit unit : form.units()) {
            page.heading(OverdueListWords.unit(unit, words));
            if (unit.rows().isEmpty()) {
                page.text(words.text("forms.overdue.none"));
            } else {
                page.add(rows(unit, words, page));
            }
        }
        String approverRole = words.text(form.oneUnit() ? "forms.overdue.head-signs" : "forms.overdue.leader-signs");
        page.signatures(List.of(new Signer(words.text("forms.overdue.preparer-signs"), ""),
                new Signer(approverRole, form.approverName() == null ? "" : form.approverName())), words);
        return page.finish();
    }

    private static PdfPTable rows(OverdueListForm.Unit unit, FormWords words, PdfPage page) {
        PdfPTable table = page.table(COLUMNS, OverdueListWords.columns(words));
        int number = 1;
        for (OverdueListForm.Row row : unit.rows()) {
            page.cell(table, String.valueOf(number++));
            page.cell(table, row.code());
            page.cell(table, OverdueListWords.procedure(row, words));
            page.cell(table, OverdueListWords.state(row, words));
            page.cell(table, OverdueListWords.holder(row, words));
            page.cell(table, row.heldFor() == null ? words.text("forms.none") : words.working(row.heldFor()));
            page.cell(table, words.at(row.dueAt()));
            page.cell(table, row.lateBy() == null ? words.text("forms.none") : words.working(row.lateBy()));
            page.cell(table, OverdueListWords.answering(row, words));
            page.cell(table, words.at(row.newAppointmentAt()));
        }
        return table;
    }
}
