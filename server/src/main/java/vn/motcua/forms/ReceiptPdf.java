package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.forms.PdfPage.Signer;

/** Mẫu 01 on paper: who handed in which documents, when, to whom, and when the result is due. */
final class ReceiptPdf {

    private ReceiptPdf() {
    }

    static byte[] render(ReceiptForm form, FormWords words) {
        var page = PdfPage.form("receipt", form.centerName(), words.text("forms.agency-id", form.agencyId()),
                form.code(), words);
        page.field(words.text("forms.receipt.applicant"), form.applicantName());
        if (form.ownerName() != null) {
            page.field(words.text("forms.receipt.owner"), form.ownerName());
        }
        if (form.applicantPhone() != null) {
            page.field(words.text("forms.phone"), form.applicantPhone());
        }
        page.field(words.text("forms.request"), words.procedure(form.procedureCode(), form.procedureName()));
        page.field(words.text("forms.receipt.channel"), words.text("forms.channel." + form.channel().name()));
        page.text(words.text("forms.receipt.documents") + ":");
        for (String document : documents(form, words)) {
            page.item(document);
        }
        page.field(words.text("forms.receipt.received-at"), words.at(form.receivedAt()));
        page.field(words.text("forms.receipt.due-at"), words.at(form.dueAt()));
        if (form.feeWords() != null) {
            page.field(words.text("forms.receipt.fee"), form.feeWords());
        }
        page.signatures(List.of(new Signer(words.text("forms.applicant-signs"), form.applicantName()),
                new Signer(words.text("forms.receipt.officer-signs"), form.officerName())), words);
        page.qr(form.trackingUrl(), words.text("forms.tracking") + "\n" + form.trackingUrl() + "\n"
                + words.text("forms.hotline", form.hotline()));
        return page.finish();
    }

    /** "1) Đơn đăng ký biến động: 1 bản", numbered as the form numbers them; shared with the printed slip. */
    static List<String> documents(ReceiptForm form, FormWords words) {
        List<String> lines = new ArrayList<>();
        for (ReceiptForm.ReceivedDocument document : form.documents()) {
            lines.add(words.text("forms.receipt.document", lines.size() + 1, document.name(), document.copies()));
        }
        if (lines.isEmpty()) {
            lines.add(words.text("forms.none"));
        }
        return lines;
    }
}
