package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The contact a head of unit (or a manager) had with a dissatisfied citizen. */
@Schema(description = "Contact with the citizen: how and what was said")
record FollowUpContactRequest(
        @Schema(description = "How the citizen was reached and what was said, 1000 characters at most",
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Gọi điện lúc 9 giờ; bà phàn nàn phải chờ lâu và được hướng dẫn chưa rõ.")
        @NotNull String note) {
}
