package vn.motcua.forms;

import java.util.List;
import org.openpdf.text.pdf.PdfPTable;

/** Mẫu 06 on paper: one row per hand-off naming giver and taker, with the time each held the dossier. */
final class ControlSlipPdf {

    private static final float[] COLUMNS = {5, 13, 15, 15, 14, 14, 11, 13};

    private ControlSlipPdf() {
    }

    static byte[] render(ControlSlipForm form, FormWords words) {
        var page = PdfPage.form("control", form.centerName(), null, form.code(), words);
        page.field(words.text("forms.control.applicant"), form.applicantName());
        page.field(words.text("forms.request"), words.procedure(form.procedureCode(), form.procedureName()));
        page.field(words.text("forms.control.received-at"), words.at(form.receivedAt()));
        page.field(words.text("forms.control.due-at"), words.at(form.dueAt()));
        if (form.rows().isEmpty()) {
            page.text(words.text("forms.control.no-rows"));
        } else {
            page.add(rows(form, words, page));
        }
        if (form.result() == null) {
            page.text(words.text("forms.control.in-progress"));
        } else {
            page.field(words.text("forms.control.result"),
                    words.text("forms.control.outcome", form.result().outcome(), words.at(form.result().at())));
        }
        return page.finish();
    }

    private static PdfPTable rows(ControlSlipForm form, FormWords words, PdfPage page) {
        PdfPTable table = page.table(COLUMNS, List.of(words.text("forms.column.number"),
                words.text("forms.control.column.step"), words.text("forms.control.column.giver"),
                words.text("forms.control.column.taker"), words.text("forms.control.column.handed-at"),
                words.text("forms.control.column.step-due"), words.text("forms.control.column.held"),
                words.text("forms.control.column.verdict")));
        int number = 1;
        for (ControlSlipForm.Row row : form.rows()) {
            page.cell(table, String.valueOf(number++));
            page.cell(table, row.stepName());
            page.cell(table, words.text("forms.control.person", row.giverName(), row.giverUnit()));
            page.cell(table, words.text("forms.control.person", row.takerName(), row.takerUnit()));
            page.cell(table, words.at(row.handedAt()));
            page.cell(table, words.at(row.stepDueAt()));
            page.cell(table, words.held(row.held()));
            page.cell(table, words.text(row.onTime() ? "forms.control.on-time" : "forms.control.late"));
        }
        return table;
    }
}
