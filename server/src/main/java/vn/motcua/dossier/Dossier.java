package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.motcua.center.CenterTime;

/**
 * A dossier (hồ sơ) of one procedure for one owner, with its legal due date. From the province's system its code,
 * appointment date and status stand; this product adds who handled it at the counter.
 */
@Entity
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Integer centerId;
    @Column(updatable = false)
    private String code;
    private String procedureCode;
    private Long procedureId;
    private String ownerName;
    private String phone;
    private Instant receivedAt;
    private Instant dueAt;
    private Instant computedDueAt;
    @Enumerated(EnumType.STRING)
    private DossierStatus status;
    private Instant processedAt;
    private Instant returnedAt;
    private String unitName;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DossierSource source;
    @Column(updatable = false)
    private String trackingToken;
    private String importDigest;
    @Version
    private int version;

    protected Dossier() {
    }

    Dossier(Integer centerId, String code, DossierSource source, String trackingToken) {
        this.centerId = centerId;
        this.code = code;
        this.source = source;
        this.trackingToken = trackingToken;
    }

    /** Takes the province's values of a row; the caller records what changed. */
    void apply(ProvinceDossier row, Long procedureId, Long unitId, Instant computedDueAt) {
        this.procedureCode = row.procedureCode();
        this.procedureId = procedureId;
        this.ownerName = row.ownerName();
        this.phone = row.phone();
        this.receivedAt = row.receivedAt();
        this.dueAt = row.dueAt();
        this.computedDueAt = computedDueAt;
        this.status = row.status();
        this.processedAt = row.processedAt();
        this.returnedAt = row.returnedAt();
        this.unitName = row.unitName();
        this.unitId = unitId;
        this.importDigest = row.digest();
    }

    /** The result handed to the citizen at a counter. */
    void returned(Instant at) {
        this.status = DossierStatus.RETURNED;
        this.returnedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Integer getCenterId() {
        return centerId;
    }

    /** The dossier code (mã hồ sơ) as the receiving agency gave it. */
    public String getCode() {
        return code;
    }

    /** The procedure code as the province gave it (codes of any agency are accepted). */
    public String getProcedureCode() {
        return procedureCode;
    }

    /** The catalogue's procedure, when the catalogue lists the code. */
    public Optional<Long> getProcedureId() {
        return Optional.ofNullable(procedureId);
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** The appointment (ngày hẹn trả): the province's date for an imported dossier. */
    public Instant getDueAt() {
        return dueAt;
    }

    /** The due date computed on this center's working calendar, when the procedure is known. */
    public Optional<Instant> getComputedDueAt() {
        return Optional.ofNullable(computedDueAt);
    }

    /**
     * The province's appointment falls on another day than the computed one: shown as a flag, never corrected
     * silently. Days, not instants, since provincial systems print the appointment at their own hour.
     */
    public boolean isDueDateDiffers() {
        return onAnotherDay(computedDueAt, dueAt);
    }

    /** Still with the center and past its due date. */
    public boolean isOverdue(Instant now) {
        return overdue(status, dueAt, now);
    }

    static boolean onAnotherDay(Instant computed, Instant due) {
        return computed != null
                && !LocalDate.ofInstant(computed, CenterTime.ZONE).equals(LocalDate.ofInstant(due, CenterTime.ZONE));
    }

    static boolean overdue(DossierStatus status, Instant due, Instant now) {
        return status.isOpen() && due.isBefore(now);
    }

    public DossierStatus getStatus() {
        return status;
    }

    public Optional<Instant> getProcessedAt() {
        return Optional.ofNullable(processedAt);
    }

    public Optional<Instant> getReturnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    /** The handling unit as the province named it (DonViXuLy). */
    public Optional<String> getUnitName() {
        return Optional.ofNullable(unitName);
    }

    /** The center's unit the province's name matched, if any. */
    public Optional<Long> getUnitId() {
        return Optional.ofNullable(unitId);
    }

    public DossierSource getSource() {
        return source;
    }

    /** The unguessable key of the citizen's page /hs/{token}. */
    public String getTrackingToken() {
        return trackingToken;
    }

    Optional<String> getImportDigest() {
        return Optional.ofNullable(importDigest);
    }
}
