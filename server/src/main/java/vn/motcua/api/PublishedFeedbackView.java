package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;

/** A published question and answer: the texts a person cleared of personal data, the category and the dates. */
@Schema(description = "A published answer to feedback (công khai trả lời phản ánh, kiến nghị)")
record PublishedFeedbackView(
        FeedbackCategory category,
        @Schema(example = "Công dân phản ánh phải chờ lâu tại quầy đất đai") String question,
        @Schema(example = "Trung tâm đã bố trí thêm một quầy vào buổi sáng") String answer,
        Instant receivedAt,
        Instant answeredAt,
        Instant publishedAt) {

    static PublishedFeedbackView of(Feedback feedback) {
        return new PublishedFeedbackView(feedback.getCategory(), feedback.getPublishedQuestion().orElseThrow(),
                feedback.getPublishedAnswer().orElseThrow(), feedback.getReceivedAt(),
                feedback.getAnsweredAt().orElseThrow(), feedback.getPublishedAt().orElseThrow());
    }
}
