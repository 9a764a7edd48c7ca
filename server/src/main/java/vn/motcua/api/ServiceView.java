package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A service (dịch vụ / thủ tục) a visitor can take a ticket for, with its queue now. */
@Schema(description = "A service a visitor can queue for")
record ServiceView(
        @Schema(description = "Code to pass as serviceCode", example = "HT-KS") String code,
        @Schema(description = "Letter that prefixes its ticket numbers", example = "A") String letter,
        @Schema(description = "Name shown to visitors", example = "Đăng ký khai sinh, kết hôn, khai tử") String name,
        @Schema(description = "Field (lĩnh vực) it belongs to", example = "Tư pháp – Hộ tịch") String field,
        @Schema(description = "Tickets waiting for it now") long waiting,
        @Schema(description = "Estimated wait in whole minutes for a ticket taken now") long estimatedWaitMinutes) {
}
