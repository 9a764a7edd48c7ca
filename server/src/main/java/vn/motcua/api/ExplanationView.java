package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.dossier.ExplanationRuling;
import vn.motcua.dossier.LateReason;

/** One attempt at explaining a late dossier, and the head of unit's ruling on it. */
@Schema(description = "An explanation attempt (giải trình)")
record ExplanationView(
        @Schema(description = "The attempt's id, for its ruling", example = "7") long id,
        @Schema(description = "1 first; a returned attempt is followed by the next", example = "1") int attempt,
        @Schema(description = "Code of the officer who wrote it", nullable = true, example = "CB03") String officerCode,
        LateReason reason,
        String text,
        Instant writtenAt,
        @Schema(description = "Written at, in the center's local time") LocalDateTime writtenAtLocal,
        @Schema(description = "Written after the deadline: taken, and flagged") boolean writtenLate,
        @Schema(description = "Empty while it awaits the head's ruling", nullable = true) ExplanationRuling ruling,
        @Schema(description = "Code of the officer who ruled; null for a manager who is none", nullable = true)
        String ruledByCode,
        @Schema(nullable = true) Instant ruledAt,
        @Schema(description = "Ruled at, in the center's local time", nullable = true) LocalDateTime ruledAtLocal,
        @Schema(description = "Why it was returned", nullable = true) String comment) {
}
