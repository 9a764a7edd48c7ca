package vn.motcua.forms;

import java.util.List;
import org.openpdf.text.pdf.PdfPTable;
import vn.motcua.forms.PdfPage.Signer;

/** Mẫu 02 on paper: everything missing at once, each with its reason, and why a second request was needed. */
final class SupplementPdf {

    private SupplementPdf() {
    }

    static byte[] render(SupplementForm form, FormWords words) {
        var page = PdfPage.form("supplement", form.centerName(), null, form.code(), words);
        page.field(words.text("forms.supplement.applicant"), form.applicantName());
        page.field(words.text("forms.request"), words.procedure(form.procedureCode(), form.procedureName()));
        page.field(words.text("forms.supplement.request"), String.valueOf(form.requestNumber()));
        if (form.isRepeat()) {
            page.field(words.text("forms.supplement.repeat-reason"), form.repeatReason());
        }
        page.text(words.text("forms.supplement.intro"));
        PdfPTable items = page.table(new float[] {8, 52, 40}, List.of(words.text("forms.column.number"),
                words.text("forms.supplement.column.missing"), words.text("forms.supplement.column.reason")));
        int number = 1;
        for (SupplementForm.Item item : form.items()) {
            page.cell(items, String.valueOf(number++));
            page.cell(items, item.missing());
            page.cell(items, item.reason());
        }
        page.add(items);
        page.field(words.text("forms.supplement.asked-at"), words.at(form.askedAt()));
        page.signatures(List.of(new Signer(words.text("forms.applicant-signs"), form.applicantName()),
                new Signer(words.text("forms.supplement.officer-signs"), form.officerName())), words);
        page.qr(form.trackingUrl(), words.text("forms.tracking") + "\n" + form.trackingUrl());
        return page.finish();
    }
}
