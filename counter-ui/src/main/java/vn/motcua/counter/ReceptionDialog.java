package vn.motcua.counter;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.motcua.counter.DossierDesk.Channel;
import vn.motcua.counter.DossierDesk.DocumentChoice;
import vn.motcua.counter.DossierDesk.NewDossier;
import vn.motcua.counter.DossierDesk.PrintAnswer;
import vn.motcua.counter.DossierDesk.ProcedureChoice;
import vn.motcua.counter.DossierDesk.ReceivedDossier;

/**
 * Tiếp nhận hồ sơ: from the visit served at the counter (or, without one, a dossier sent online or by post), the
 * applicant (filled by scanning the chip ID card), the procedure searched by code or name, the channel, and its
 * documents ticked as received. Received, it shows the new code and due date, with the receipt to print or open.
 */
final class ReceptionDialog extends Dialog {

    private final DossierDesk desk;
    private final int counterNumber;
    private final Runnable received;
    private final ApplicantFields applicant = new ApplicantFields();
    private final ComboBox<ProcedureChoice> procedure = new ComboBox<>();
    private final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    private final Div documents = new Div();
    private final List<Checkbox> ticks = new ArrayList<>();
    private final Div form = new Div();
    private final Div answer = new Div();
    private final RefusalLine refusal = new RefusalLine();
    private final Button submit = new Button();

    /** {@code received} runs after each dossier received (the console draws the visit's dossiers again). */
    ReceptionDialog(DossierDesk desk, int counterNumber, Optional<String> visit, Runnable received) {
        this.desk = desk;
        this.counterNumber = counterNumber;
        this.received = received;
        addClassNames("console-form", "console-reception");
        setHeaderTitle(getTranslation("console.reception.title"));
        setCloseOnOutsideClick(false);
        Span from = new Span(visit.map(number -> getTranslation("console.reception.from-visit", number))
                .orElse(getTranslation("console.reception.no-visit")));
        from.addClassName("console-reception-from");

        procedure.setLabel(getTranslation("console.reception.procedure"));
        procedure.setPlaceholder(getTranslation("console.reception.procedure-hint"));
        procedure.setRequiredIndicatorVisible(true);
        procedure.setItems((ProcedureChoice choice, String typed) -> Searching.matches(typed, choice.code(),
                choice.name()), desk.procedures());
        procedure.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        procedure.addClassName("console-reception-procedure");
        procedure.addValueChangeListener(change -> showDocuments(change.getValue()));
        channel.setLabel(getTranslation("console.reception.channel"));
        channel.setItems(visit.isPresent() ? List.of(Channel.values()) : List.of(Channel.ONLINE, Channel.POST));
        channel.setItemLabelGenerator(c -> getTranslation("console.reception.channel." + c.name()
                .toLowerCase(Locale.ROOT)));
        channel.setValue(visit.isPresent() ? Channel.IN_PERSON : Channel.ONLINE);
        channel.addClassName("console-reception-channel");
        documents.addClassName("console-reception-documents");
        Div paper = new Div(procedure, channel, documents);
        paper.addClassName("console-reception-paper");
        Div columns = new Div(applicant, paper);
        columns.addClassName("console-reception-columns");
        form.add(from, columns);
        answer.addClassName("console-reception-answer");
        answer.setVisible(false);
        add(form, answer);

        submit.setText(getTranslation("console.reception.submit"));
        submit.addClassName("console-form-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            ReceivedDossier dossier = refusal.attempt(submit, this::receive);
            if (dossier != null) {
                showReceived(dossier);
                received.run();
            }
        });
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        Button close = new Button(getTranslation("console.form.close"), click -> close());
        close.addClassName("console-form-cancel");
        Div footer = new Div(refusal, close, submit);
        footer.addClassName("console-form-footer");
        getFooter().add(footer);
        addOpenedChangeListener(opened -> applicant.focus());
    }

    private ReceivedDossier receive() {
        ProcedureChoice chosen = procedure.getValue();
        if (chosen == null) {
            throw new CounterRefusal("console.reception.choose-procedure", "No procedure chosen");
        }
        List<Integer> ticked = IntStream.range(0, ticks.size()).filter(i -> ticks.get(i).getValue()).boxed().toList();
        return desk.receive(counterNumber, new NewDossier(chosen.code(), applicant.name(), applicant.phone(),
                applicant.idNumber(), applicant.consent(), applicant.owner(), channel.getValue(), ticked));
    }

    /** The procedure's documents, each a checkbox; the required ones marked so. */
    private void showDocuments(ProcedureChoice chosen) {
        documents.removeAll();
        ticks.clear();
        if (chosen == null) {
            return;
        }
        Span heading = new Span(getTranslation("console.reception.documents"));
        heading.addClassName("console-reception-documents-title");
        documents.add(heading);
        for (DocumentChoice document : chosen.documents()) {
            Checkbox tick = new Checkbox(getTranslation(document.required() ? "console.reception.document-required"
                    : "console.reception.document", document.name(), document.copies()));
            tick.addClassName("console-reception-document");
            if (document.required()) {
                tick.addClassName("required");
            }
            ticks.add(tick);
            documents.add(tick);
        }
        if (chosen.signedOnTheSpot()) {
            Span sameDay = new Span(getTranslation("console.reception.same-day"));
            sameDay.addClassName("console-reception-same-day");
            documents.add(sameDay);
        }
    }

    private void showReceived(ReceivedDossier dossier) {
        form.setVisible(false);
        submit.setVisible(false);
        answer.removeAll();
        Span title = new Span(getTranslation("console.reception.received"));
        title.addClassName("console-received-title");
        Span code = new Span(dossier.code());
        code.addClassName("console-received-code");
        Span procedureName = new Span(dossier.procedureName());
        procedureName.addClassName("console-received-procedure");
        Span due = new Span(getTranslation("console.reception.due", ConsoleMarks.DAY_TIME.format(dossier.dueAt())));
        due.addClassName("console-received-due");
        RefusalLine printed = new RefusalLine();
        printed.addClassName("console-received-printed");
        Button print = new Button(getTranslation("console.reception.print"));
        print.addClassName("console-received-print");
        print.setDisableOnClick(true);
        print.addClickListener(click -> {
            PrintAnswer outcome = printed.attempt(print, () -> desk.printReceipt(counterNumber, dossier.code()));
            if (outcome != null) {
                printed.setText(getTranslation(outcome.messageKey(), outcome.detail()));
                printed.setVisible(true);
                printed.getElement().getClassList().set("printed", outcome.printed());
            }
        });
        Anchor pdf = new Anchor("/giay-to/ho-so/" + dossier.code() + "/tiep-nhan.pdf",
                getTranslation("console.reception.pdf"), AnchorTarget.BLANK);
        pdf.addClassName("console-received-pdf");
        Button another = new Button(getTranslation("console.reception.another"), click -> startAgain());
        another.addClassName("console-received-another");
        Div actions = new Div(print, pdf, another);
        actions.addClassName("console-received-actions");
        answer.add(title, code, procedureName, due, actions, printed);
        answer.setVisible(true);
        print.focus();
    }

    private void startAgain() {
        applicant.clear();
        procedure.clear();
        answer.setVisible(false);
        form.setVisible(true);
        submit.setVisible(true);
        applicant.focus();
    }
}
