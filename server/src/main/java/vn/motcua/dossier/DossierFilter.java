package vn.motcua.dossier;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which dossiers a list shows: those of a scope (every unit, or one), in the given statuses (the open ones unless a
 * status is named), due before a moment when one is given (else null).
 */
public record DossierFilter(DossierScope scope, Set<DossierStatus> statuses, Instant dueBefore) {

    public DossierFilter {
        statuses = statuses.isEmpty() ? EnumSet.noneOf(DossierStatus.class) : EnumSet.copyOf(statuses);
    }

    /** The open dossiers of a scope: those that can still be late. */
    public static DossierFilter open(DossierScope scope) {
        EnumSet<DossierStatus> open = EnumSet.noneOf(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return new DossierFilter(scope, open, null);
    }

    /** The same, in one status only. */
    public DossierFilter inStatus(DossierStatus status) {
        return new DossierFilter(scope, EnumSet.of(status), dueBefore);
    }

    /** The same, due before that moment. */
    public DossierFilter dueBefore(Instant before) {
        return new DossierFilter(scope, statuses, before);
    }
}
