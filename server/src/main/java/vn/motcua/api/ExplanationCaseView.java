package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.LateScope;

/** A late dossier to explain: who answers for it, by when, and the attempts so far. */
@Schema(description = "A late dossier and its explanation (hồ sơ trễ hạn và giải trình)")
record ExplanationCaseView(
        @Schema(description = "The lateness' id, which an explanation names", example = "12") long latenessId,
        @Schema(example = "000.00.23.H22-261202-0001") String dossierCode,
        @Schema(example = "1.004873") String procedureCode,
        @Schema(nullable = true) String procedureName,
        @Schema(description = "The dossier as a whole, or one step of it") LateScope scope,
        @Schema(description = "Code of the unit it is late for", nullable = true, example = "KT") String unitCode,
        @Schema(nullable = true) String unitName,
        @Schema(description = "Code of the officer who held it at its due time", nullable = true, example = "CB03")
        String officerCode,
        @Schema(nullable = true) String officerName,
        Instant dueAt,
        @Schema(description = "Due at, in the center's local time") LocalDateTime dueAtLocal,
        Instant foundAt,
        @Schema(description = "Found late at, in the center's local time") LocalDateTime foundAtLocal,
        @Schema(description = "Explain by: found late plus the center's explanation days, counted in working days")
        Instant deadline,
        @Schema(description = "Deadline in the center's local time") LocalDateTime deadlineLocal,
        @Schema(description = "The deadline has passed without an accepted explanation") boolean overdue,
        @Schema(description = "The latest attempt awaits the head's ruling") boolean awaitingRuling,
        @Schema(description = "An attempt was accepted") boolean accepted,
        @Schema(description = "Attempts, first first") List<ExplanationView> attempts) {
}
