package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** The head of unit's explanation of their unit's late dossiers over a period; one per unit and period. */
@Entity
public class UnitExplanation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private Long unitId;
    @Column(updatable = false)
    private LocalDate periodFrom;
    @Column(updatable = false)
    private LocalDate periodTo;
    @Column(updatable = false)
    private String text;
    @Column(updatable = false)
    private Long writtenBy;
    @Column(updatable = false)
    private Instant writtenAt;

    protected UnitExplanation() {
    }

    UnitExplanation(Integer centerId, long unitId, LocalDate periodFrom, LocalDate periodTo, String text,
            long writtenBy, Instant writtenAt) {
        this.centerId = centerId;
        this.unitId = unitId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getText() {
        return text;
    }

    public Long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
