package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.motcua.dossier.SupplementRequest.MissingItem;

/** Everything missing from a dossier, each with its reason; for a request after the first, why another is needed. */
@Schema(description = "A supplement request (yêu cầu bổ sung, Mẫu 02): everything missing at once")
record SupplementAskRequest(
        @Schema(description = "1 to 30 items, each what is missing and why", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Item> items,
        @Schema(description = "Required for a request after the first: why the citizen is asked again", nullable = true)
        String reason) {

    List<MissingItem> missing() {
        return items == null ? List.of() : items.stream()
                .map(item -> item == null ? null : new MissingItem(item.what(), item.why())).toList();
    }

    /** One thing missing and why. */
    @Schema(description = "A missing paper or piece of information, with its reason")
    record Item(@Schema(example = "Bản sao giấy chứng sinh", requiredMode = Schema.RequiredMode.REQUIRED) String what,
            @Schema(example = "Thiếu trong hồ sơ đã nộp", requiredMode = Schema.RequiredMode.REQUIRED) String why) {
    }
}
