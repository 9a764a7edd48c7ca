package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The question and answer to publish, as a person rewrote them without personal data. */
@Schema(description = "The public question and answer (công khai), cleared of personal data")
record FeedbackPublicationRequest(
        @Schema(description = "The question, 5 to 2000 characters, with no phone or ID number",
                example = "Công dân phản ánh phải chờ lâu tại quầy đất đai",
                requiredMode = Schema.RequiredMode.REQUIRED) String question,
        @Schema(description = "The answer, 5 to 4000 characters, with no phone or ID number",
                example = "Trung tâm đã bố trí thêm một quầy vào buổi sáng",
                requiredMode = Schema.RequiredMode.REQUIRED) String answer) {
}
