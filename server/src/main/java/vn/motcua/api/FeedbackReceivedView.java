package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackKind;

/** What the citizen keeps after sending feedback: its code, the key to the answer, and the answer's deadline. */
@Schema(description = "Feedback received: keep the code, it is the only way to read the answer")
record FeedbackReceivedView(
        @Schema(description = "The feedback's code (mã phản ánh), random", example = "PA-7KQ3XM9D") String code,
        FeedbackKind kind,
        @Schema(description = "The legal deadline of the answer: the center's feedback days, in working days")
        Instant answerDueAt,
        @Schema(description = "The deadline in the center's local time") LocalDateTime answerDueAtLocal) {

    static FeedbackReceivedView of(Feedback feedback) {
        return new FeedbackReceivedView(feedback.getCode(), feedback.getKind(), feedback.getAnswerDueAt(),
                CenterLocalTime.of(feedback.getAnswerDueAt()));
    }
}
