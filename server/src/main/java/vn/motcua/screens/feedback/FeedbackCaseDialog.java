package vn.motcua.screens.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackReader;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Unit;
import vn.motcua.outbox.OutboxMessage;

/**
 * One feedback opened: the unit handling it (a manager assigns or moves unanswered feedback), the citizen's words, their
 * contact only for those the desk lets read it, the written answer
 * (or the form for it), the publication with the question and answer pre-filled for a person to clear of personal
 * data, and the messages sent to the citizen about it with where each stands.
 */
final class FeedbackCaseDialog extends Dialog {

    private final FeedbackCases cases;
    private final FeedbackReader reader;
    private final Runnable changed;
    private final Span problem = new Span();

    FeedbackCaseDialog(FeedbackCases cases, FeedbackReader reader, Feedback feedback, Runnable changed) {
        this.cases = cases;
        this.reader = reader;
        this.changed = changed;
        addClassName("feedback-case");
        setWidth("min(960px, 96vw)");
        problem.setId("feedback-case-problem");
        problem.addClassName("feedback-problem");
        problem.setVisible(false);
        show(feedback);
    }

    private void show(Feedback feedback) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("feedback-case.title", feedback.getCode()));
        Paragraph text = new Paragraph(feedback.getText());
        text.setId("feedback-case-text");
        add(fact("feedback-case-category", getTranslation("feedback-case.category", FeedbackWords.category(this, feedback)
                + (feedback.getKind() == FeedbackKind.DENUNCIATION ? " — " + getTranslation("feedback-desk.denunciation")
                        : ""))),
                fact("feedback-case-received", getTranslation("feedback-case.received",
                        FeedbackWords.time(feedback.getReceivedAt()), getTranslation("feedback.channel."
                                + feedback.getChannel().name()))),
                fact("feedback-case-due", getTranslation("feedback-case.due", FeedbackWords.time(feedback.getAnswerDueAt()))));
        if (feedback.getKind() == FeedbackKind.FEEDBACK) {
            List<Unit> units = cases.units();
            Unit current = feedback.getUnitId()
                    .flatMap(id -> units.stream().filter(u -> u.getId().equals(id)).findFirst()).orElse(null);
            add(fact("feedback-case-unit", getTranslation("feedback-case.unit", current == null
                    ? getTranslation("feedback-case.unit-none") : current.getName())));
            if (reader.manager() && feedback.getAnsweredAt().isEmpty()) {
                add(assignForm(feedback, units, current));
            }
        }
        add(new H3(getTranslation("feedback-case.text")), text);
        if (cases.mayReadContact(reader, feedback)) {
            add(fact("feedback-case-contact", getTranslation("feedback-case.contact",
                    feedback.getContact().orElse(getTranslation("feedback-case.no-contact")))));
        }
        add(new H3(getTranslation("feedback-case.answer")));
        feedback.getAnswer().ifPresentOrElse(answer -> {
            Paragraph written = new Paragraph(answer);
            written.setId("feedback-case-answer");
            add(written, fact("feedback-case-answered", getTranslation("feedback-case.answered",
                    feedback.getAnsweredBy().orElse(""), FeedbackWords.time(feedback.getAnsweredAt().orElseThrow()))));
        }, () -> add(answerForm(feedback)));
        if (feedback.getKind() == FeedbackKind.FEEDBACK && feedback.getAnsweredAt().isPresent()) {
            add(new H3(getTranslation("feedback-case.publication")));
            if (feedback.getPublishedAt().isPresent()) {
                add(fact("feedback-case-published", getTranslation("feedback-case.published",
                        FeedbackWords.time(feedback.getPublishedAt().orElseThrow()))));
            } else {
                add(publishForm(feedback));
            }
        }
        add(messages(feedback), problem);
        Button close = new Button(getTranslation("feedback-case.close"), click -> close());
        close.setId("feedback-case-close");
        getFooter().add(close);
    }

    /** A manager's: the unit concerned, chosen by name; the deadline is not touched. */
    private Div assignForm(Feedback feedback, List<Unit> units, Unit current) {
        // Unassigned: why it waits for a unit; assigned already: a move to the right unit, if this one is wrong.
        String words = current == null ? "feedback-case.assign" : "feedback-case.reassign";
        Span hint = new Span(getTranslation(words + "-hint"));
        hint.addClassName("feedback-hint");
        Select<Unit> unit = new Select<>();
        unit.setLabel(getTranslation("feedback-case.assign-unit"));
        unit.setId("feedback-case-assign-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setValue(current);
        TextField note = new TextField(getTranslation("feedback-case.assign-note"));
        note.setId("feedback-case-assign-note");
        note.setMaxLength(500);
        Button assign = new Button(getTranslation("feedback-case.assign"), click -> act(() ->
                cases.assign(reader, feedback.getCode(), unit.getValue(), note.getValue())));
        assign.setId("feedback-case-assign");
        Div form = new Div(new H3(getTranslation(words + "-title")), hint, unit, note, assign);
        form.addClassName("feedback-assign");
        return form;
    }

    private Div answerForm(Feedback feedback) {
        TextArea answer = new TextArea(getTranslation("feedback-case.answer-text"));
        answer.setId("feedback-case-answer-text");
        answer.setWidthFull();
        answer.setMaxLength(4000);
        Button send = new Button(getTranslation("feedback-case.answer-send"), click -> act(() ->
                cases.answer(reader, feedback.getCode(), answer.getValue())));
        send.setId("feedback-case-answer-send");
        return new Div(answer, send);
    }

    /** The question and answer pre-filled: the person publishing removes names, numbers and addresses first. */
    private Div publishForm(Feedback feedback) {
        Span hint = new Span(getTranslation("feedback-case.publish-hint"));
        hint.addClassName("feedback-hint");
        TextArea question = new TextArea(getTranslation("feedback-case.publish-question"));
        question.setId("feedback-case-publish-question");
        question.setValue(feedback.getText());
        question.setWidthFull();
        TextArea answer = new TextArea(getTranslation("feedback-case.publish-answer"));
        answer.setId("feedback-case-publish-answer");
        answer.setValue(feedback.getAnswer().orElse(""));
        answer.setWidthFull();
        Button publish = new Button(getTranslation("feedback-case.publish"), click -> act(() ->
                cases.publish(reader, feedback.getCode(), question.getValue(), answer.getValue())));
        publish.setId("feedback-case-publish");
        return new Div(hint, question, answer, publish);
    }

    private Div messages(Feedback feedback) {
        Div box = new Div(new H3(getTranslation("feedback-case.messages")));
        box.setId("feedback-case-messages");
        List<OutboxMessage> sent = cases.messages(feedback);
        if (sent.isEmpty()) {
            box.add(new Span(getTranslation("feedback-case.no-messages")));
        }
        boolean contactShown = cases.mayReadContact(reader, feedback);
        for (OutboxMessage message : sent) {
            Span line = new Span(getTranslation("feedback-case.message", FeedbackWords.time(message.getCreatedAt()),
                    contactShown ? message.getRecipient().orElse("—") : "…",
                    getTranslation("feedback-case.message-state." + message.getState().name()), message.getAttempts()));
            line.addClassName("feedback-message");
            box.add(new Div(line));
        }
        return box;
    }

    private void act(java.util.function.Supplier<Feedback> action) {
        try {
            Feedback updated = action.get();
            problem.setVisible(false);
            changed.run();
            show(updated);
        } catch (Refusal refused) {
            problem.setText(getTranslation(refused.messageKey(), refused.args()));
            problem.setVisible(true);
        }
    }

    private static Span fact(String id, String text) {
        Span fact = new Span(text);
        fact.setId(id);
        fact.addClassName("feedback-fact");
        return fact;
    }
}
