package vn.motcua.kiosk;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.kiosk.KioskPort.FeedbackReceipt;

/**
 * The kiosk's feedback form (phản ánh, kiến nghị): six large topic buttons, a few words, an optional contact, send.
 * Choosing "asked for money" says at once that it goes to the chairperson in confidence; a refusal is shown in words
 * above the send button, and nothing the visitor wrote is lost.
 */
final class FeedbackStep {

    /** The longest text the form takes: a kiosk is no place for a long letter, the phone page is. */
    static final int MAX_TEXT = 2000;

    private final KioskView kiosk;
    private final Map<FeedbackTopic, Button> topics = new EnumMap<>(FeedbackTopic.class);
    private final TextArea text = new TextArea();
    private final TextField contact = new TextField();
    private final Span confidential = new Span();
    private final Span problem = new Span();
    private FeedbackTopic chosen;

    FeedbackStep(KioskView kiosk) {
        this.kiosk = kiosk;
    }

    void showIn(HasComponents body) {
        Span hint = new Span(words("kiosk.feedback.hint"));
        hint.addClassName("kiosk-feedback-hint");
        Div grid = new Div();
        grid.addClassName("kiosk-feedback-topics");
        for (FeedbackTopic topic : FeedbackTopic.values()) {
            Button button = new Button(words(topic.labelKey()), click -> choose(topic));
            button.addClassNames("kiosk-feedback-topic", "topic-" + topic.name().toLowerCase(java.util.Locale.ROOT));
            button.getElement().setAttribute("aria-pressed", "false");
            topics.put(topic, button);
            grid.add(button);
        }
        confidential.addClassName("kiosk-feedback-confidential");
        confidential.setText(words("kiosk.feedback.confidential"));
        confidential.setVisible(false);
        text.setLabel(words("kiosk.feedback.text"));
        text.setMaxLength(MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(changed -> kiosk.restartIdle());
        text.addClassName("kiosk-feedback-text");
        contact.setLabel(words("kiosk.feedback.contact"));
        contact.setHelperText(words("kiosk.feedback.contact-hint"));
        contact.setMaxLength(120);
        contact.addClassName("kiosk-feedback-contact");
        problem.addClassName("kiosk-feedback-problem");
        problem.setVisible(false);
        Button send = new Button(words("kiosk.feedback.send"), click -> send());
        send.addClassName("kiosk-feedback-send");
        Div actions = new Div(kiosk.backButton(), send);
        actions.addClassName("kiosk-feedback-actions");
        Div form = new Div(KioskView.stepTitle(words("kiosk.feedback.title")), hint, grid, confidential, text,
                contact, problem, actions);
        form.addClassName("kiosk-feedback");
        body.add(form);
    }

    private void choose(FeedbackTopic topic) {
        kiosk.restartIdle();
        chosen = topic;
        topics.forEach((each, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == topic));
            button.getElement().getClassList().set("chosen", each == topic);
        });
        confidential.setVisible(topic.confidential());
        problem.setVisible(false);
    }

    private void send() {
        kiosk.restartIdle();
        if (chosen == null) {
            refuse(words("kiosk.feedback.no-topic"));
            return;
        }
        if (text.getValue().isBlank()) {
            refuse(words("kiosk.feedback.no-text"));
            return;
        }
        FeedbackReceipt receipt;
        try {
            receipt = kiosk.port().sendFeedback(chosen, text.getValue().strip(),
                    contact.getValue().isBlank() ? null : contact.getValue().strip());
        } catch (KioskRefusal refused) {
            refuse(words(refused.messageKey(), refused.args()));
            return;
        } catch (RuntimeException failed) {
            refuse(words("kiosk.feedback.failed"));
            return;
        }
        kiosk.showFeedbackReceived(receipt);
    }

    private void refuse(String why) {
        problem.setText(why);
        problem.setVisible(true);
    }

    private String words(String key, Object... params) {
        return kiosk.getTranslation(key, params);
    }
}
