package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
    @Embedded
    private DossierApplicant applicant;
    @Embedded
    private DossierOutcome outcome;
    @Embedded
    // Never null: a new dossier with no marks would write NULL into the not-null columns of the embedded marks.
    private DossierMarks marks = new DossierMarks();
    private Long holderOfficerId;
    private Instant heldSince;
    private Instant clockStoppedAt;
    private Instant newAppointmentAt;
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

    /** A dossier received here by an officer, who holds it from now; its unit is the officer's. */
    static Dossier received(Integer centerId, String code, String trackingToken, Reception reception,
            Long procedureId, String ownerName, DossierApplicant applicant, Instant at, Instant dueAt, long officerId,
            long unitId, String unitName) {
        Dossier dossier = new Dossier(centerId, code, DossierSource.LOCAL, trackingToken);
        dossier.procedureCode = reception.procedureCode();
        dossier.procedureId = procedureId;
        dossier.ownerName = ownerName;
        dossier.phone = reception.applicantPhone();
        dossier.receivedAt = at;
        dossier.dueAt = dueAt;
        dossier.computedDueAt = dueAt;
        dossier.status = DossierStatus.RECEIVED;
        dossier.applicant = applicant;
        dossier.hold(officerId, unitId, unitName, at);
        return dossier;
    }

    /** Another officer (and their unit) holds it from now on: handling has begun. */
    void handTo(long officerId, long unitId, String unitName, Instant at) {
        hold(officerId, unitId, unitName, at);
        if (status == DossierStatus.RECEIVED) {
            this.status = DossierStatus.PROCESSING;
        }
    }

    private void hold(long officerId, long unitId, String unitName, Instant at) {
        this.holderOfficerId = officerId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.heldSince = at;
    }

    /** The citizen was asked to supplement: the clock stops until they do. */
    void stopClock(Instant at) {
        this.status = DossierStatus.AWAITING_SUPPLEMENT;
        this.clockStoppedAt = at;
    }

    /** The citizen supplemented: the clock runs again towards the due date moved by the time it stood still. */
    void restartClock(Instant newDueAt) {
        // The stop moves the calendar's date as it moves the appointment: a moved due date is not a differing one.
        if (dueAt.equals(computedDueAt)) {
            this.computedDueAt = newDueAt;
        }
        this.status = DossierStatus.PROCESSING;
        this.clockStoppedAt = null;
        this.dueAt = newDueAt;
    }

    /** Handling ended: the result (and, for a same-day procedure, the leader who signed). */
    void record(DossierOutcome ended, Instant at) {
        this.outcome = ended;
        this.status = ended.getResult().orElseThrow().status();
        this.processedAt = at;
    }

    /** A leader approved the apology's new appointment (Mẫu 04): the citizen is told it; the due date stays. */
    void reschedule(Instant newAppointment) {
        this.newAppointmentAt = newAppointment;
    }

    /** The result handed to the citizen at a counter by an officer. */
    void returned(Instant at, Long officerId) {
        this.status = DossierStatus.RETURNED;
        this.returnedAt = at;
        this.outcome = getOutcome().returnedBy(officerId);
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

    /** The new appointment an approved apology gave the citizen, if any. */
    public Optional<Instant> getNewAppointmentAt() {
        return Optional.ofNullable(newAppointmentAt);
    }

    public DossierSource getSource() {
        return source;
    }

    /** The unguessable key of the citizen's page /hs/{token}. */
    public String getTrackingToken() {
        return trackingToken;
    }

    /** Who submitted it here and how; empty parts for a dossier from the province. */
    public DossierApplicant getApplicant() {
        return applicant == null ? new DossierApplicant() : applicant;
    }

    /** What the 766 index reads: digitised, paid online, synced. */
    public DossierMarks getMarks() {
        return marks == null ? new DossierMarks() : marks;
    }

    void mark(DossierMarks now) {
        this.marks = now;
    }

    /** How handling ended; empty parts while it goes on. */
    public DossierOutcome getOutcome() {
        return outcome == null ? new DossierOutcome() : outcome;
    }

    /** The officer who holds it now (from the last hand-off); empty for a dossier nobody here took. */
    public Optional<Long> getHolderOfficerId() {
        return Optional.ofNullable(holderOfficerId);
    }

    public Optional<Instant> getHeldSince() {
        return Optional.ofNullable(heldSince);
    }

    /** Since when the clock stands still while the citizen supplements. */
    public Optional<Instant> getClockStoppedAt() {
        return Optional.ofNullable(clockStoppedAt);
    }

    Optional<String> getImportDigest() {
        return Optional.ofNullable(importDigest);
    }
}
