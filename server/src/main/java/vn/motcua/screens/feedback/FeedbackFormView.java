package vn.motcua.screens.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackRequest;
import vn.motcua.feedback.SendFeedback;
import vn.motcua.i18n.Refusal;

/**
 * The public feedback form on a phone: reached from a ticket's or dossier's phone page ({@code ?ve=} the ticket's
 * tracking code, {@code ?hs=} the dossier's code, so the feedback names them) or by scanning the hall board's code
 * ({@code ?tu=bang}). Sending leads to the feedback's own page, whose address holds the code.
 */
@AnonymousAllowed
@Route("phan-anh")
@StyleSheet("styles/feedback.css")
public class FeedbackFormView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SendFeedback sendFeedback;
    private final RadioButtonGroup<FeedbackCategory> category = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final TextField contact = new TextField();
    private final Span confidential = new Span();
    private final Span problem = new Span();
    private final Span about = new Span();
    private String ticketCode;
    private String dossierCode;
    private FeedbackChannel channel = FeedbackChannel.PHONE_PAGE;

    public FeedbackFormView(SendFeedback sendFeedback) {
        this.sendFeedback = sendFeedback;
        addClassNames("feedback-page", "feedback-form");
        category.setLabel(getTranslation("feedback.form.category"));
        category.setItems(FeedbackCategory.values());
        category.setItemLabelGenerator(each -> getTranslation("feedback.category." + each.name()));
        category.setId("feedback-category");
        category.addValueChangeListener(chosen -> confidential.setVisible(chosen.getValue() != null
                && chosen.getValue().kind() == FeedbackKind.DENUNCIATION));
        confidential.setText(getTranslation("feedback.form.confidential"));
        confidential.addClassName("feedback-confidential");
        confidential.setVisible(false);
        text.setLabel(getTranslation("feedback.form.text"));
        text.setMaxLength(2000);
        text.setId("feedback-text");
        contact.setLabel(getTranslation("feedback.form.contact"));
        contact.setHelperText(getTranslation("feedback.form.contact-hint"));
        contact.setMaxLength(200);
        contact.setId("feedback-contact");
        problem.setId("feedback-problem");
        problem.addClassName("feedback-problem");
        problem.setVisible(false);
        about.setId("feedback-about");
        about.addClassName("feedback-about");
        about.setVisible(false);
        Button send = new Button(getTranslation("feedback.form.send"), click -> send());
        send.setId("feedback-send");
        send.addClassName("feedback-send");
        Anchor published = new Anchor("/phan-anh/cong-khai", getTranslation("feedback.form.published-link"));
        published.addClassName("feedback-link");
        add(new H1(getTranslation("feedback.form.title")), new Paragraph(getTranslation("feedback.form.hint")), about,
                category, confidential, text, contact, problem, send, published);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        ticketCode = first(query, "ve");
        dossierCode = first(query, "hs");
        channel = "bang".equals(first(query, "tu")) ? FeedbackChannel.HALL_QR : FeedbackChannel.PHONE_PAGE;
        about.setVisible(dossierCode != null || ticketCode != null);
        about.setText(dossierCode != null ? getTranslation("feedback.form.about-dossier", dossierCode)
                : getTranslation("feedback.form.about-ticket"));
    }

    private static String first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private void send() {
        try {
            Feedback sent = sendFeedback.send(new FeedbackRequest(category.getValue(), text.getValue(),
                    contact.getValue(), channel, ticketCode, dossierCode));
            getUI().ifPresent(ui -> ui.navigate(FeedbackWords.statusPath(sent.getCode()).substring(1)));
        } catch (Refusal refused) {
            problem.setText(getTranslation(refused.messageKey(), refused.args()));
            problem.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.form.title");
    }
}
