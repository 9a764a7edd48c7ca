package vn.motcua.screens.feedback;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.motcua.center.CenterTime;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.screens.feedback.FeedbackWords.State;

/**
 * One feedback as its sender follows it, by the code they hold: where it stands, the deadline, and the answer once
 * given. The short alias /pa/{code} is the address the answered-SMS gives. Nothing here names an officer or a contact.
 */
@AnonymousAllowed
@Route("phan-anh/:code")
@RouteAlias("pa/:code")
@StyleSheet("styles/feedback.css")
public class FeedbackStatusView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final PublicFeedback feedback;
    private final CenterTime time;

    public FeedbackStatusView(PublicFeedback feedback, CenterTime time) {
        this.feedback = feedback;
        this.time = time;
        addClassNames("feedback-page", "feedback-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("feedback.status.title")));
        String code = event.getRouteParameters().get("code").orElse("");
        feedback.byCode(code).ifPresentOrElse(this::show, () -> {
            Paragraph unknown = new Paragraph(getTranslation("feedback.status.unknown"));
            unknown.setId("feedback-unknown");
            add(unknown);
        });
        Anchor form = new Anchor("/phan-anh", getTranslation("feedback.status.new"));
        form.addClassName("feedback-link");
        Anchor published = new Anchor("/phan-anh/cong-khai", getTranslation("feedback.form.published-link"));
        published.addClassName("feedback-link");
        add(form, published);
    }

    private void show(Feedback found) {
        State state = State.of(found, time.now());
        Span code = line("feedback-code", getTranslation("feedback.status.code", found.getCode()));
        Span stateLine = line("feedback-state", getTranslation(state.key()));
        stateLine.addClassName(state.name().toLowerCase(java.util.Locale.ROOT));
        Div facts = new Div(code, stateLine,
                line("feedback-category", getTranslation("feedback.status.category", FeedbackWords.category(this, found))),
                line("feedback-received", getTranslation("feedback.status.received",
                        FeedbackWords.time(found.getReceivedAt()))),
                line("feedback-due", getTranslation("feedback.status.due", FeedbackWords.DAY.format(found.getAnswerDueAt()))));
        facts.addClassName("feedback-facts");
        add(facts);
        if (found.getKind() == FeedbackKind.DENUNCIATION) {
            add(line("feedback-confidential", getTranslation("feedback.form.confidential")));
        }
        found.getAnswer().ifPresent(answer -> {
            Paragraph text = new Paragraph(answer);
            text.setId("feedback-answer");
            Div box = new Div(new H2(getTranslation("feedback.status.answer")), text,
                    line("feedback-answered", getTranslation("feedback.status.answered-at",
                            FeedbackWords.time(found.getAnsweredAt().orElseThrow()))));
            box.addClassName("feedback-answer");
            add(box);
        });
    }

    private static Span line(String id, String text) {
        Span line = new Span(text);
        line.setId(id);
        line.addClassName("feedback-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.status.title");
    }
}
