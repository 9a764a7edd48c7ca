package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackState;

/** Feedback as staff handle it: the text, who and what it concerns, the deadline and the answer. */
@Schema(description = "Feedback or a denunciation on the desk of whoever handles it")
record FeedbackCaseView(
        @Schema(example = "PA-7KQ3XM9D") String code,
        FeedbackKind kind,
        FeedbackCategory category,
        FeedbackState state,
        FeedbackChannel channel,
        String text,
        @Schema(description = "The citizen's contact: only for those who answer it (and the officer who took the "
                + "call down); null for others", nullable = true) String contact,
        @Schema(description = "The officer concerned, when known", nullable = true, example = "CB02")
        String officerCode,
        @Schema(nullable = true, example = "Trần Văn Đức") String officerName,
        @Schema(description = "The unit it is assigned to; none for a denunciation", nullable = true, example = "KT")
        String unitCode,
        @Schema(nullable = true, example = "Phòng Kinh tế") String unitName,
        @Schema(description = "Username of the officer who recorded a hotline call", nullable = true)
        String recordedBy,
        Instant receivedAt,
        Instant answerDueAt,
        @Schema(description = "The deadline in the center's local time") LocalDateTime answerDueAtLocal,
        @Schema(description = "Unanswered past its deadline") boolean overdue,
        @Schema(description = "When the warning before the deadline was given", nullable = true) Instant warnedAt,
        @Schema(nullable = true) String answer,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) Instant answeredAt,
        @Schema(nullable = true) String publishedQuestion,
        @Schema(nullable = true) String publishedAnswer,
        @Schema(nullable = true) Instant publishedAt) {
}
