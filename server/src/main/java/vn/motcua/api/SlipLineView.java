package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.catalogue.StepKind;

/** One line of the control slip (Mẫu 06): who gave the dossier to whom, when, for which step, and how long they held it. */
@Schema(description = "A line of the control slip (phiếu kiểm soát quá trình giải quyết hồ sơ)")
record SlipLineView(
        @Schema(description = "0 for reception, then each hand-off in turn", example = "1") int sequence,
        StepKind step,
        @Schema(description = "Code of the officer who gave it; null for reception", nullable = true, example = "CB01")
        String fromCode,
        @Schema(description = "Full name of the officer who gave it", nullable = true) String fromName,
        @Schema(description = "Code of the officer who took it", example = "CB07") String toCode,
        @Schema(description = "Full name of the officer who took it") String toName,
        @Schema(description = "Code of the taker's unit", example = "TP") String unitCode,
        @Schema(description = "Name of the taker's unit") String unitName,
        Instant handedAt,
        @Schema(description = "Handed over, in the center's local time") LocalDateTime handedAtLocal,
        @Schema(description = "When the taker's step is due") Instant stepDueAt,
        @Schema(description = "The step's due time in the center's local time") LocalDateTime stepDueAtLocal,
        @Schema(description = "Until the next hand-off, the end of handling, or now while still held") Instant heldUntil,
        @Schema(description = "Held until, in the center's local time") LocalDateTime heldUntilLocal,
        @Schema(description = "Whole minutes held", example = "95") long heldMinutes,
        @Schema(description = "The taker still holds it") boolean stillHeld,
        @Schema(description = "Held past the step's due time") boolean late,
        @Schema(description = "The giver's note", nullable = true) String note) {
}
