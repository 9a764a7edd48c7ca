package vn.motcua.screens.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackRequest;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;

/**
 * A call to the hotline written down by the officer who took it: what it is about, what the caller said, how to reach
 * them, and the ticket or dossier they named. It then follows the same deadline and rules as any feedback.
 */
final class HotlineCallForm extends Details {

    private final FeedbackCases cases;
    private final Runnable recorded;
    private final Select<FeedbackCategory> category = new Select<>();
    private final TextArea text = new TextArea();
    private final TextField contact = new TextField();
    private final TextField ticket = new TextField();
    private final TextField dossier = new TextField();
    private final Span answer = new Span();

    HotlineCallForm(FeedbackCases cases, Runnable recorded) {
        this.cases = cases;
        this.recorded = recorded;
        setSummaryText(getTranslation("feedback-call.title"));
        setId("feedback-call");
        addClassName("feedback-call");
        category.setLabel(getTranslation("feedback.form.category"));
        category.setItems(FeedbackCategory.values());
        category.setItemLabelGenerator(each -> getTranslation("feedback.category." + each.name()));
        category.setId("feedback-call-category");
        text.setLabel(getTranslation("feedback-call.text"));
        text.setId("feedback-call-text");
        text.setWidthFull();
        contact.setLabel(getTranslation("feedback-call.contact"));
        contact.setId("feedback-call-contact");
        ticket.setLabel(getTranslation("feedback-call.ticket"));
        dossier.setLabel(getTranslation("feedback-call.dossier"));
        answer.setId("feedback-call-answer");
        Button save = new Button(getTranslation("feedback-call.save"), click -> save());
        save.setId("feedback-call-save");
        Div fields = new Div(category, contact, ticket, dossier);
        fields.addClassName("feedback-call-fields");
        add(fields, text, save, answer);
    }

    private void save() {
        try {
            Feedback saved = cases.recordCall(new FeedbackRequest(category.getValue(), text.getValue(),
                    contact.getValue(), FeedbackChannel.HOTLINE, ticket.getValue(), dossier.getValue()),
                    Accounts.current().orElseThrow());
            answer.setText(getTranslation("feedback-call.saved", saved.getCode(),
                    FeedbackWords.time(saved.getAnswerDueAt())));
            category.clear();
            text.clear();
            contact.clear();
            ticket.clear();
            dossier.clear();
            recorded.run();
        } catch (Refusal refused) {
            answer.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }
}
