package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Reception;

/** What the officer registers at reception, as the console's reception form takes it. */
@Schema(description = "A dossier to receive (tiếp nhận hồ sơ)")
record ReceptionRequest(
        @Schema(description = "National procedure code, from GET /api/v1/procedures", example = "1.001193",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 50) String procedureCode,
        @Schema(description = "Who submits it", example = "Trần Thị Bình", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank String applicantName,
        @Schema(description = "The applicant's phone, kept only with their consent", nullable = true,
                example = "0913579246") @Size(max = 40) String applicantPhone,
        @Schema(description = "The applicant's ID number (CCCD, 12 digits, or old CMND, 9), kept only with their "
                + "consent", nullable = true, example = "001190012345") @Size(max = 40) String applicantIdNumber,
        @Schema(description = "The citizen agreed that their phone and ID number are kept; needed when either is "
                + "given; false when absent", nullable = true, defaultValue = "false") Boolean consent,
        @Schema(description = "IN_PERSON (trực tiếp), ONLINE (trực tuyến) or POST (bưu chính)",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Channel channel,
        @Schema(description = "The owner (chủ hồ sơ) when someone submits on another's behalf; the applicant when "
                + "absent", nullable = true) @Size(max = 300) String ownerName,
        @Schema(description = "Tracking code of the ticket the caller serves (as GET /api/v1/tickets/{trackingCode}); "
                + "absent for a dossier sent online or by post", nullable = true, example = "k3J9xQ2mVb")
        @Size(max = 100) String ticketCode,
        @ArraySchema(schema = @Schema(description = "Position of a paper in the procedure's documents as GET "
                + "/api/v1/procedures lists them, 0 first", example = "0"),
                arraySchema = @Schema(description = "The papers received, ticked off against the procedure's list",
                        nullable = true))
        @Size(max = 100) List<@NotNull Integer> documents) {

    Reception reception() {
        return new Reception(procedureCode, applicantName, applicantPhone, applicantIdNumber,
                Boolean.TRUE.equals(consent), ownerName,
                channel, ticketCode, documents);
    }
}
