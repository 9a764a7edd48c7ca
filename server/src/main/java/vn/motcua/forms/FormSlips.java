package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.devices.printer.SlipPrint;
import vn.motcua.devices.printer.SlipPrint.Line;
import vn.motcua.i18n.Translations;

/** The receipt, the supplement request and the apology cut down to a counter's thermal slip, with the same words as the forms. */
@Service
public class FormSlips {

    private final FormWords words;

    /** Needs only the translations, so tests can build it without the application. */
    public FormSlips(Translations translations) {
        this.words = new FormWords(translations);
    }

    /** Mẫu 01 on a slip: code, procedure, applicant, documents, times, officer, and the QR of the dossier's page. */
    public SlipPrint receipt(ReceiptForm form) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(words.text("forms.slip.code"), form.code()));
        lines.add(new Line(words.text("forms.slip.procedure"), words.procedure(form.procedureCode(), form.procedureName())));
        lines.add(new Line(words.text("forms.receipt.applicant"), form.applicantName()));
        if (form.ownerName() != null) {
            lines.add(new Line(words.text("forms.receipt.owner"), form.ownerName()));
        }
        lines.add(new Line(words.text("forms.receipt.documents"), String.join("; ", ReceiptPdf.documents(form, words))));
        lines.add(new Line(words.text("forms.receipt.received-at"), words.at(form.receivedAt())));
        lines.add(new Line(words.text("forms.receipt.due-at"), words.at(form.dueAt())));
        if (form.feeWords() != null) {
            lines.add(new Line(words.text("forms.receipt.fee"), form.feeWords()));
        }
        lines.add(new Line(words.text("forms.slip.officer"), form.officerName()));
        return new SlipPrint(words.text("forms.receipt.title"), lines, form.trackingUrl(),
                form.centerName() + " – " + words.text("forms.hotline", form.hotline()));
    }

    /** Mẫu 02 on a slip: every item missing with its reason, who asked and when, and why again if it is again. */
    public SlipPrint supplement(SupplementForm form) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(words.text("forms.slip.code"), form.code()));
        lines.add(new Line(words.text("forms.slip.procedure"), words.procedure(form.procedureCode(), form.procedureName())));
        lines.add(new Line(words.text("forms.supplement.applicant"), form.applicantName()));
        lines.add(new Line(words.text("forms.supplement.request"), String.valueOf(form.requestNumber())));
        if (form.isRepeat()) {
            lines.add(new Line(words.text("forms.supplement.repeat-reason"), form.repeatReason()));
        }
        int number = 1;
        for (SupplementForm.Item item : form.items()) {
            lines.add(new Line(words.text("forms.slip.missing", number++),
                    words.text("forms.slip.missing-why", item.missing(), item.reason())));
        }
        lines.add(new Line(words.text("forms.supplement.asked-at"), words.at(form.askedAt())));
        lines.add(new Line(words.text("forms.slip.asked-by"), form.officerName()));
        return new SlipPrint(words.text("forms.supplement.title"), lines, form.trackingUrl(), form.centerName());
    }

    /** Mẫu 04 on a slip: the dossier, its first appointment, why it is late, the new date and who approved it. */
    public SlipPrint apology(ApologyForm form) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(words.text("forms.slip.code"), form.code()));
        lines.add(new Line(words.text("forms.slip.procedure"), words.procedure(form.procedureCode(), form.procedureName())));
        lines.add(new Line(words.text("forms.apology.applicant"), form.applicantName()));
        lines.add(new Line(words.text("forms.apology.due-at"), words.at(form.dueAt())));
        lines.add(new Line(words.text("forms.apology.reason"), form.reason()));
        lines.add(new Line(words.text("forms.apology.new-date"), words.at(form.newAppointmentAt())));
        lines.add(new Line(words.text("forms.apology.approved-by"), form.leaderName()));
        return new SlipPrint(words.text("forms.apology.title"), lines, form.trackingUrl(),
                form.centerName() + " – " + words.text("forms.hotline", form.hotline()));
    }
}
