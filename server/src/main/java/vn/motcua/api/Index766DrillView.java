package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.report.Index766;
import vn.motcua.report.Index766Drill;

/** The dossiers that cost points on one indicator; no citizen's name, phone or ID number. */
@Schema(description = "The dossiers behind a 766 figure, oldest received first, at most 1000")
record Index766DrillView(Index766.Code indicator,
        @Schema(description = "How many dossiers cost points, all of them (the list stops at 1000)") long total,
        List<Line> dossiers) {

    /** One dossier and why it cost points. */
    record Line(String code, String procedureCode, String procedureName, String unit, String receivedBy,
            Instant receivedAt, LocalDateTime receivedAtLocal, Instant dueAt, LocalDateTime dueAtLocal,
            @Schema(nullable = true, description = "When it ended; null while open at the period's end")
            Instant endedAt,
            @Schema(nullable = true) LocalDateTime endedAtLocal, List<Index766Drill.Reason> reasons) {
    }

    static Index766DrillView of(Index766Drill.Drill drill) {
        return new Index766DrillView(drill.indicator(), drill.total(), drill.lines().stream()
                .map(line -> new Line(line.code(), line.procedureCode(), line.procedureName(), line.unitName(),
                        line.receivedBy(), line.received(), CenterLocalTime.of(line.received()), line.due(),
                        CenterLocalTime.of(line.due()), line.ended().orElse(null),
                        CenterLocalTime.of(line.ended().orElse(null)), line.reasons()))
                .toList());
    }
}
