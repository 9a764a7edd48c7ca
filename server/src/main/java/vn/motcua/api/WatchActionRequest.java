package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import vn.motcua.watch.WatchActionKind;

/** An action a manager records on a broker signal. */
@Schema(description = "An action on a broker signal: watch it, warn the person, or report it to the police")
record WatchActionRequest(
        @Schema(description = "The signal's key, as GET /api/v1/watch gives it", example = "SHARED_CONTACT:phone:0912000111",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String signalKey,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull WatchActionKind action,
        @Schema(description = "Up to 1000 characters; required for REPORT_TO_POLICE",
                example = "Đã mời lên làm việc, lập biên bản") String note) {
}
