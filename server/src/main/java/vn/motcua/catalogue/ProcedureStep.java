package vn.motcua.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An internal step of a procedure: its kind, the unit that does it (none: the counter) and its share of the time. */
@Embeddable
public record ProcedureStep(
        @Enumerated(EnumType.STRING) StepKind kind,
        @Column(name = "unit_id") Long unitId,
        @Column(name = "share_percent") int sharePercent) {
}
