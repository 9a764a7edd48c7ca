package vn.motcua.screens.feedback;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.PublicFeedback;

/**
 * The answers made public (seed 000): each question and answer as a person rewrote them without personal data, newest
 * first, with the topic and the day it was answered. Nothing unpublished, and never a denunciation.
 */
@AnonymousAllowed
@Route("phan-anh/cong-khai")
@StyleSheet("styles/feedback.css")
public class PublishedFeedbackView extends Div implements HasDynamicTitle {

    public PublishedFeedbackView(PublicFeedback feedback) {
        addClassNames("feedback-page", "feedback-published");
        add(new H1(getTranslation("feedback.published.title")));
        List<Feedback> published = feedback.published();
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.published.none"));
            none.setId("feedback-published-none");
            add(none);
        }
        for (Feedback each : published) {
            Span topic = new Span(FeedbackWords.category(this, each));
            topic.addClassName("feedback-topic");
            Span day = new Span(getTranslation("feedback.published.answered",
                    FeedbackWords.DAY.format(each.getAnsweredAt().orElseThrow())));
            day.addClassName("feedback-day");
            Div head = new Div(topic, day);
            head.addClassName("feedback-entry-head");
            Paragraph question = new Paragraph(each.getPublishedQuestion().orElseThrow());
            question.addClassName("feedback-question");
            Paragraph answer = new Paragraph(each.getPublishedAnswer().orElseThrow());
            answer.addClassName("feedback-published-answer");
            Div entry = new Div(head, new H2(getTranslation("feedback.published.question")), question,
                    new H2(getTranslation("feedback.published.answer")), answer);
            entry.addClassName("feedback-entry");
            add(entry);
        }
        Anchor form = new Anchor("/phan-anh", getTranslation("feedback.status.new"));
        form.addClassName("feedback-link");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.published.title");
    }
}
