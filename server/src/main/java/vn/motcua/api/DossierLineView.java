package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.DossierStatus;

/** One dossier in a list, with the flags a unit acts on: late, due within 24 hours, dates that differ. */
@Schema(description = "A dossier in a list, due soonest first")
record DossierLineView(
        @Schema(example = "000.00.12.H12-261123-0007") String code,
        @Schema(example = "1.001193") String procedureCode,
        @Schema(description = "null when the catalogue does not list the code", nullable = true) String procedureName,
        String ownerName,
        DossierStatus status,
        @Schema(minimum = "1", maximum = "10") int statusCode,
        Instant receivedAt,
        LocalDateTime receivedAtLocal,
        Instant dueAt,
        LocalDateTime dueAtLocal,
        @Schema(description = "Handling unit as the province named it", nullable = true) String unit,
        @Schema(description = "Still open and past its due date") boolean overdue,
        @Schema(description = "Still open, not yet late, due within 24 hours") boolean dueSoon,
        @Schema(description = "The province's appointment differs from the computed due date") boolean dueDateDiffers,
        @Schema(description = "The officer holding it now; null while nobody here holds it", nullable = true)
        String holderName,
        @Schema(description = "Since when that officer holds it", nullable = true) Instant heldSince) {

    static DossierLineView of(DossierLine line, Instant now) {
        return new DossierLineView(line.code(), line.procedureCode(), line.procedureName(), line.ownerName(),
                line.status(), line.status().nationalCode(), line.receivedAt(), CenterLocalTime.of(line.receivedAt()),
                line.dueAt(), CenterLocalTime.of(line.dueAt()), line.unitName(), line.overdue(now), line.dueSoon(now),
                line.dueDateDiffers(), line.holderName(), line.heldSince());
    }
}
