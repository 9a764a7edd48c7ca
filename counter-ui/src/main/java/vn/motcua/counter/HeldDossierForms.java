package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import vn.motcua.counter.DossierDesk.Colleague;
import vn.motcua.counter.DossierDesk.HeldDossier;
import vn.motcua.counter.DossierDesk.RecordedResult;
import vn.motcua.counter.DossierDesk.Result;
import vn.motcua.counter.DossierDesk.Step;

/** The forms for a dossier the officer holds: hand it off, ask for a supplement, record its result. */
final class HeldDossierForms {

    private HeldDossierForms() {
    }

    /** Chuyển xử lý: the officer to take it (searched by name, code or unit), the step if not the next one, a note. */
    static DossierForm handOff(Component on, DossierDesk desk, HeldDossier dossier, Consumer<String> done) {
        ComboBox<Colleague> taker = new ComboBox<>(on.getTranslation("console.hand-off.to"));
        taker.setItems((Colleague colleague, String typed) -> Searching.matches(typed, colleague.code(),
                colleague.fullName(), colleague.unitName()), desk.colleagues());
        taker.setItemLabelGenerator(c -> c.fullName() + " (" + c.code() + ") – " + c.unitName());
        taker.setPlaceholder(on.getTranslation("console.hand-off.to-hint"));
        taker.addClassName("console-hand-off-to");
        Select<Step> step = new Select<>();
        step.setLabel(on.getTranslation("console.hand-off.step"));
        step.setItems(Step.values());
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(on.getTranslation("console.hand-off.step-next"));
        step.setItemLabelGenerator(s -> s == null ? on.getTranslation("console.hand-off.step-next")
                : on.getTranslation("console.hand-off.step." + s.name().toLowerCase(Locale.ROOT)));
        step.addClassName("console-hand-off-step");
        TextArea note = new TextArea(on.getTranslation("console.hand-off.note"));
        note.setMaxLength(500);
        note.addClassName("console-hand-off-note");
        DossierForm form = new DossierForm(on.getTranslation("console.hand-off.title", dossier.code()),
                "console-hand-off", on.getTranslation("console.hand-off.submit"), () -> {
                    Colleague chosen = taker.getValue();
                    if (chosen == null) {
                        throw new CounterRefusal("console.hand-off.choose", "No officer chosen");
                    }
                    desk.handOff(dossier.code(), chosen.code(), Optional.ofNullable(step.getValue()), note.getValue());
                    return on.getTranslation("console.hand-off.done", dossier.code(), chosen.fullName());
                }, done, summary(on, dossier), taker, step, note);
        taker.focus();
        return form;
    }

    /**
     * Yêu cầu bổ sung: everything missing, each with its reason, pre-filled from the documents not received. A
     * request after the first says so, and needs its reason: it goes to the head of unit.
     */
    static DossierForm supplement(Component on, DossierDesk desk, HeldDossier dossier, Consumer<String> done) {
        MissingItems items = new MissingItems(dossier.notReceived());
        Div fields = new Div(summary(on, dossier));
        TextArea reason = new TextArea(on.getTranslation("console.supplement.reason"));
        reason.setMaxLength(1000);
        reason.addClassName("console-supplement-reason");
        if (dossier.supplementsAsked() > 0) {
            Paragraph again = new Paragraph(on.getTranslation("console.supplement.again", dossier.supplementsAsked()));
            again.addClassName("console-supplement-again");
            reason.setRequiredIndicatorVisible(true);
            fields.add(again, reason);
        }
        fields.add(items);
        return new DossierForm(on.getTranslation("console.supplement.title", dossier.code()), "console-supplement",
                on.getTranslation("console.supplement.submit"), () -> {
                    desk.askSupplement(dossier.code(), items.items(), reason.getValue());
                    return on.getTranslation("console.supplement.done", dossier.code());
                }, done, fields);
    }

    /** Ghi kết quả: approved, refused or withdrawn, with the reason for the last two; who signed a same-day one. */
    static DossierForm result(Component on, DossierDesk desk, HeldDossier dossier, Consumer<String> done) {
        RadioButtonGroup<Result> result = new RadioButtonGroup<>(on.getTranslation("console.result.label"));
        result.setItems(Result.values());
        result.setItemLabelGenerator(r -> on.getTranslation("console.result." + r.name().toLowerCase(Locale.ROOT)));
        result.addClassName("console-result-choice");
        TextArea reason = new TextArea(on.getTranslation("console.result.reason"));
        reason.setHelperText(on.getTranslation("console.result.reason-hint"));
        reason.setMaxLength(1000);
        reason.addClassName("console-result-reason");
        return new DossierForm(on.getTranslation("console.result.title", dossier.code()), "console-result",
                on.getTranslation("console.result.submit"), () -> {
                    if (result.getValue() == null) {
                        throw new CounterRefusal("problem.dossier.result-missing", "No result chosen");
                    }
                    RecordedResult recorded = desk.recordResult(dossier.code(), result.getValue(), reason.getValue());
                    String words = on.getTranslation("console.result.done", recorded.code(),
                            on.getTranslation("console.dossier.status." + recorded.status()));
                    return recorded.signedBy().map(leader -> words + " " + on.getTranslation("console.result.signed",
                            leader)).orElse(words);
                }, done, summary(on, dossier), result, reason);
    }

    private static Div summary(Component on, HeldDossier dossier) {
        Div summary = new Div();
        summary.setText(on.getTranslation("console.held-dossiers.summary", dossier.procedureCode(), dossier.procedureName(),
                dossier.applicant(), ConsoleMarks.DAY_TIME.format(dossier.dueAt())));
        summary.addClassName("console-form-summary");
        return summary;
    }
}
