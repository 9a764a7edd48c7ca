package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackRequest;

/** Feedback as a citizen sends it (or an officer writes down a hotline call). */
@Schema(description = "Feedback (phản ánh, kiến nghị); ASKED_FOR_MONEY makes it a denunciation (tố cáo)")
record FeedbackIntakeRequest(
        @Schema(description = "What it is about; ASKED_FOR_MONEY is a denunciation, handled by the center's "
                + "leadership in confidence and never published", requiredMode = Schema.RequiredMode.REQUIRED)
        FeedbackCategory category,
        @Schema(description = "What happened, 5 to 2000 characters", example = "Chờ hơn một giờ mà không được gọi",
                requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Schema(description = "How to reach the citizen (a mobile number gets an SMS when the answer is written), up "
                + "to 200 characters", nullable = true, example = "0912 345 678") String contact,
        @Schema(description = "The ticket's tracking code (as in its QR), when it is about a visit", nullable = true,
                example = "k3v9x2mq7d") String ticketCode,
        @Schema(description = "The dossier code (mã hồ sơ), when it is about a dossier", nullable = true,
                example = "000.00.23.H22-261202-0001") String dossierCode) {

    FeedbackRequest as(FeedbackChannel channel) {
        return new FeedbackRequest(category, text, contact, channel, ticketCode, dossierCode);
    }
}
