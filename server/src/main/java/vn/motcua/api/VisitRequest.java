package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.dossier.VisitPurpose;

/** The ticket served at the counter, by the tracking code in its QR (as GET /api/v1/tickets/{trackingCode}), and why. */
@Schema(description = "A visit (ticket) to link to the dossier")
record VisitRequest(
        @Schema(description = "The ticket's tracking code, as in GET /api/v1/tickets/{trackingCode}",
                example = "k3J9xQ2mVb", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 100) String ticket,
        @Schema(description = "SUBMISSION (nộp hồ sơ), ENQUIRY (hỏi tiến độ), SUPPLEMENT (bổ sung) or COLLECTION "
                + "(nhận kết quả: the dossier is returned)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull VisitPurpose purpose) {
}
