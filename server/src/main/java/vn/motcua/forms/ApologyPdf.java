package vn.motcua.forms;

import java.util.List;
import vn.motcua.forms.PdfPage.Signer;

/** Mẫu 04 on paper: the dossier and its appointment, why it is late, the apology and the new date, signed. */
final class ApologyPdf {

    private ApologyPdf() {
    }

    static byte[] render(ApologyForm form, FormWords words) {
        var page = PdfPage.form("apology", form.centerName(), words.text("forms.agency-id", form.agencyId()),
                form.code(), words);
        page.field(words.text("forms.apology.applicant"), form.applicantName());
        page.field(words.text("forms.request"), words.procedure(form.procedureCode(), form.procedureName()));
        page.field(words.text("forms.apology.received-at"), words.at(form.receivedAt()));
        page.field(words.text("forms.apology.due-at"), words.at(form.dueAt()));
        page.text(words.text("forms.apology.late", form.centerName()));
        page.field(words.text("forms.apology.reason"), form.reason());
        page.text(words.text("forms.apology.sentence", form.centerName()));
        page.field(words.text("forms.apology.new-date"), words.at(form.newAppointmentAt()));
        page.text(words.text("forms.apology.thanks"));
        page.signatures(List.of(new Signer(words.text("forms.apology.leader-signs"), form.leaderName())), words);
        page.qr(form.trackingUrl(), words.text("forms.tracking") + "\n" + form.trackingUrl() + "\n"
                + words.text("forms.hotline", form.hotline()));
        return page.finish();
    }
}
