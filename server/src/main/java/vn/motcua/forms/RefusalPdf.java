package vn.motcua.forms;

import java.util.List;
import vn.motcua.forms.PdfPage.Signer;

/** Mẫu 03 on paper: the dossier is not received, for the reason given, by the officer named. */
final class RefusalPdf {

    private RefusalPdf() {
    }

    static byte[] render(RefusalForm form, FormWords words) {
        var page = PdfPage.form("refusal", form.centerName(), null, form.code(), words);
        page.field(words.text("forms.receipt.applicant"), form.applicantName());
        page.field(words.text("forms.request"), words.procedure(form.procedureCode(), form.procedureName()));
        page.text(words.text("forms.refusal.intro"));
        page.item(form.reason());
        page.text(words.text("forms.refusal.closing"));
        page.field(words.text("forms.refusal.at"), words.at(form.at()));
        page.signatures(List.of(new Signer(words.text("forms.refusal.officer-signs"), form.officerName())), words);
        return page.finish();
    }
}
