package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The written answer to feedback or a denunciation. */
@Schema(description = "The answer (trả lời), written once")
record FeedbackAnswerRequest(
        @Schema(description = "5 to 4000 characters", example = "Trung tâm đã nhắc nhở cán bộ và xin lỗi ông/bà",
                requiredMode = Schema.RequiredMode.REQUIRED) String text) {
}
