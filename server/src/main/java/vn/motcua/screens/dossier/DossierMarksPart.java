package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierMarks;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.MarkDossier;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * The "Chỉ số 766" part of the dossier detail: staff tick what the index reads on the dossier (documents and result
 * digitised, paid online, synced to the national portal); saving is audited with the old and new values.
 */
@Component
class DossierMarksPart {

    /** The three answers to "paid online?", the last one meaning not recorded. */
    enum Paid {
        YES, NO, UNKNOWN
    }

    private final MarkDossier mark;

    DossierMarksPart(MarkDossier mark) {
        this.mark = mark;
    }

    Div of(Dossier dossier, DossierScope scope, Dialog dialog) {
        DossierMarks marks = dossier.getMarks();
        Checkbox documents = box(dialog.getTranslation("marks.documents"), marks.isDocumentsDigitised(),
                "dossier-marks-documents");
        Checkbox result = box(dialog.getTranslation("marks.result"), marks.isResultDigitised(), "dossier-marks-result");
        Checkbox synced = box(dialog.getTranslation("marks.synced"), marks.getSyncedAt().isPresent(),
                "dossier-marks-synced");
        RadioButtonGroup<Paid> paid = new RadioButtonGroup<>(dialog.getTranslation("marks.paid"));
        paid.setId("dossier-marks-paid");
        paid.setItems(Paid.values());
        paid.setItemLabelGenerator(each -> dialog.getTranslation("marks.paid." + each.name()));
        paid.setValue(marks.getPaidOnline().map(yes -> yes ? Paid.YES : Paid.NO).orElse(Paid.UNKNOWN));
        Span answer = new Span();
        answer.setId("dossier-marks-answer");
        Button save = new Button(dialog.getTranslation("marks.save"), click -> {
            try {
                Optional<Boolean> online = paid.getValue() == null || paid.getValue() == Paid.UNKNOWN
                        ? Optional.empty() : Optional.of(paid.getValue() == Paid.YES);
                mark.mark(CurrentActor.get(), scope, dossier.getCode(), new MarkDossier.Marks(documents.getValue(),
                        result.getValue(), online, synced.getValue()));
                answer.setText(dialog.getTranslation("marks.saved"));
                answer.getElement().setAttribute("data-outcome", "done");
            } catch (Refusal refused) {
                answer.setText(dialog.getTranslation(refused.messageKey(), refused.args()));
                answer.getElement().setAttribute("data-outcome", "refused");
            }
        });
        save.setId("dossier-marks-save");
        Div part = new Div(documents, result, paid, synced, save, answer);
        part.setId("dossier-marks");
        part.addClassName("dossier-marks");
        return part;
    }

    private static Checkbox box(String label, boolean value, String id) {
        Checkbox box = new Checkbox(label, value);
        box.setId(id);
        return box;
    }
}
