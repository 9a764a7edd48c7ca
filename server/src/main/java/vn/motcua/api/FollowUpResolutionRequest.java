package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What was done about a dissatisfied rating: given once. */
@Schema(description = "The resolution of a dissatisfied rating, given once")
record FollowUpResolutionRequest(
        @Schema(description = "The resolution, 5 to 2000 characters", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Đã xin lỗi người dân và nhắc cán bộ hướng dẫn đầy đủ một lần.")
        @NotNull String text) {
}
