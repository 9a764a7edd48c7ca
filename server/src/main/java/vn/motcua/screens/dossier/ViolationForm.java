package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.ViolationEntry;
import vn.motcua.dossier.ViolationKind;
import vn.motcua.dossier.ViolationRegister;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;

/**
 * A head of unit (for their unit's officers) or a manager records a dossier returned to the citizen through an
 * officer's fault, the evidence in words; refused in words otherwise.
 */
final class ViolationForm extends Div {

    private final ViolationRegister register;
    private final Handler recorder;
    private final Runnable recorded;
    private final TextField dossier = new TextField(getTranslation("violations.form.dossier"));
    private final Select<Officer> officer = new Select<>();
    private final TextArea evidence = new TextArea(getTranslation("violations.form.evidence"));
    private final Span answer = new Span();

    ViolationForm(ViolationRegister register, Handler recorder, List<Officer> officers, Runnable recorded) {
        this.register = register;
        this.recorder = recorder;
        this.recorded = recorded;
        setId("violation-form");
        addClassName("violation-form");
        dossier.setId("violation-form-dossier");
        officer.setId("violation-form-officer");
        officer.setLabel(getTranslation("violations.form.officer"));
        officer.setItems(officers);
        officer.setItemLabelGenerator(ViolationForm::label);
        evidence.setId("violation-form-evidence");
        evidence.setMaxLength(2000);
        evidence.setWidthFull();
        answer.setId("violation-form-answer");
        Button record = new Button(getTranslation("violations.form.record"), click -> record());
        record.setId("violation-form-record");
        record.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        add(new H2(getTranslation("violations.form.title")), dossier, officer, evidence, record, answer);
    }

    /** An officer as the register names them: "Phạm Thu Trang (CB04)". */
    static String label(Officer officer) {
        return officer == null ? "" : officer.getFullName() + " (" + officer.getCode() + ")";
    }

    private void record() {
        try {
            ViolationEntry entry = register.record(recorder, dossier.getValue(),
                    officer.getOptionalValue().map(Officer::getCode).orElse(null), ViolationKind.RETURNED_BY_FAULT,
                    evidence.getValue());
            recorded.run();
            answer.setText(getTranslation("violations.form.recorded", entry.officer().getFullName(),
                    entry.dossierCode()));
            answer.getElement().setAttribute("data-outcome", "recorded");
            dossier.clear();
            evidence.clear();
        } catch (Refusal refused) {
            answer.setText(getTranslation(refused.messageKey(), refused.args()));
            answer.getElement().setAttribute("data-outcome", "refused");
        }
    }
}
