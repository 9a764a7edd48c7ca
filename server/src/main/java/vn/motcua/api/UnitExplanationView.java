package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A head of unit's explanation of the unit's late dossiers over a period. */
@Schema(description = "A unit's explanation of a period")
record UnitExplanationView(
        long id,
        @Schema(nullable = true, example = "KT") String unitCode,
        @Schema(nullable = true) String unitName,
        LocalDate from,
        LocalDate to,
        String text,
        @Schema(description = "Code of the head who wrote it", nullable = true, example = "CB02") String writtenByCode,
        Instant writtenAt,
        @Schema(description = "Written at, in the center's local time") LocalDateTime writtenAtLocal) {
}
