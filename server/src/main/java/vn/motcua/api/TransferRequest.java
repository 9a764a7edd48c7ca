package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Where the counter's current ticket goes: another service's queue, one counter only, or both. */
@Schema(description = "A transfer (chuyển quầy / chuyển dịch vụ): give serviceCode, counter or both")
record TransferRequest(
        @Schema(description = "Service whose queue it joins; the same service when absent", nullable = true,
                example = "TP-CT") @Size(max = 30) String serviceCode,
        @Schema(description = "The only counter that may call it", nullable = true, example = "2") Integer counter,
        @Schema(description = "Why, for the record", nullable = true, maxLength = 400) @Size(max = 400) String reason) {
}
