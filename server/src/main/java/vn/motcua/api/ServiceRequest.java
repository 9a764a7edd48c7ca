package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The service a counter serves next without a kiosk ticket: a walk-in, or a second service in the same visit. */
@Schema(description = "A service to serve at the counter")
record ServiceRequest(
        @Schema(description = "Code of the service", example = "TP-CT", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank String serviceCode) {
}
