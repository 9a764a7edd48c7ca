package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The on-time rate of feedback handling over a period. */
@Schema(description = "Feedback answered on time over a period")
record FeedbackOnTimeView(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Answered, or unanswered past the deadline") long due,
        @Schema(description = "Answered by the deadline") long onTime,
        @Schema(description = "Unanswered, deadline not passed") long open,
        @Schema(description = "Unanswered past the deadline") long overdue,
        @Schema(description = "onTime of due, rounded; null when nothing was due", nullable = true, example = "95")
        Integer percent) {
}
