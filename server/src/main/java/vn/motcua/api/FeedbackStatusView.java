package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackState;

/** Feedback as the citizen holding its code reads it: where it stands and the answer, never who sent it or answered. */
@Schema(description = "Feedback by its code: state, dates and the answer")
record FeedbackStatusView(
        @Schema(example = "PA-7KQ3XM9D") String code,
        FeedbackState state,
        FeedbackCategory category,
        Instant receivedAt,
        Instant answerDueAt,
        @Schema(description = "The deadline in the center's local time") LocalDateTime answerDueAtLocal,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(description = "The written answer", nullable = true) String answer) {

    static FeedbackStatusView of(Feedback feedback) {
        return new FeedbackStatusView(feedback.getCode(), FeedbackState.of(feedback), feedback.getCategory(),
                feedback.getReceivedAt(), feedback.getAnswerDueAt(), CenterLocalTime.of(feedback.getAnswerDueAt()),
                feedback.getAnsweredAt().orElse(null), feedback.getAnswer().orElse(null));
    }
}
