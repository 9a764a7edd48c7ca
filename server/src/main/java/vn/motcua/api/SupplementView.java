package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.SupplementRuling;

/** A request to the citizen to supplement (Mẫu 02): what is missing and why, and what became of it. */
@Schema(description = "A supplement request (yêu cầu bổ sung hồ sơ)")
record SupplementView(
        @Schema(description = "1 for the first request; a later one needs the head of unit's ruling", example = "1")
        int number,
        @Schema(description = "Everything missing, each with its reason") List<Item> items,
        Instant askedAt,
        @Schema(description = "Asked at, in the center's local time") LocalDateTime askedAtLocal,
        @Schema(description = "Code of the officer who asked", nullable = true, example = "CB03") String askedByCode,
        @Schema(description = "Why a request after the first was needed", nullable = true) String reason,
        @Schema(description = "A later request the head of unit has not ruled on yet") boolean awaitingRuling,
        @Schema(description = "The head of unit's ruling on a later request", nullable = true)
        SupplementRuling ruling,
        @Schema(description = "Code of the officer who ruled", nullable = true) String ruledByCode,
        @Schema(nullable = true) Instant ruledAt,
        @Schema(description = "Ruled at, in the center's local time", nullable = true) LocalDateTime ruledAtLocal,
        @Schema(description = "The ruling's comment", nullable = true) String rulingComment,
        @Schema(description = "When the citizen brought what was missing: the clock ran again", nullable = true)
        Instant suppliedAt,
        @Schema(description = "Supplied at, in the center's local time", nullable = true)
        LocalDateTime suppliedAtLocal) {

    /** One thing missing and why it is needed. */
    @Schema(description = "A missing paper or piece of information")
    record Item(@Schema(example = "Bản sao giấy chứng sinh") String what,
            @Schema(example = "Thiếu trong hồ sơ đã nộp") String why) {
    }
}
