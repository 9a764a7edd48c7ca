package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;

/**
 * One dossier as a list shows it, read without its entity graph: what it is, whose, where it stands and when it is
 * due, who holds it since when. {@code procedureName} is null when the catalogue does not know the code;
 * {@code unitName} is the province's; {@code holderName} and {@code heldSince} are null while nobody here holds it.
 */
public record DossierLine(String code, String procedureCode, String procedureName, String ownerName,
        DossierStatus status, Instant receivedAt, Instant dueAt, Instant computedDueAt, Long unitId, String unitName,
        String holderName, Instant heldSince) {

    /** How close to its due date a dossier is flagged as due soon. */
    public static final Duration DUE_SOON = Duration.ofHours(24);

    /** Still with the center and past its due date. */
    public boolean overdue(Instant now) {
        return Dossier.overdue(status, dueAt, now);
    }

    /** How long the holder has had it by now; null while nobody here holds it. */
    public Duration heldFor(Instant now) {
        return heldSince == null ? null : Duration.between(heldSince, now);
    }

    /** Still with the center, not yet late, and due within {@link #DUE_SOON}. */
    public boolean dueSoon(Instant now) {
        return status.isOpen() && !dueAt.isBefore(now) && dueAt.isBefore(now.plus(DUE_SOON));
    }

    /** The province's appointment falls on another day than the one computed on the working calendar. */
    public boolean dueDateDiffers() {
        return Dossier.onAnotherDay(computedDueAt, dueAt);
    }
}
