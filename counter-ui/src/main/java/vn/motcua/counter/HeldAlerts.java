package vn.motcua.counter;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.counter.DossierDesk.HeldAlert;

/**
 * What the officer's held dossiers call for, counted by dossier (one late at a step and overall is one dossier): how
 * many are late, how many only due soon, and for each the one due time to flag, the most pressing.
 */
record HeldAlerts(List<HeldAlert> lines) {

    /** Late before due soon, the dossier's own due time before a step's, then the earliest. */
    private static final Comparator<HeldAlert> MOST_PRESSING = Comparator.comparing((HeldAlert line) -> !line.late())
            .thenComparing(line -> line.step().isPresent()).thenComparing(HeldAlert::dueAt);

    HeldAlerts {
        lines = List.copyOf(lines);
    }

    /** What the badge says: nothing, or the worst of the dossiers. */
    enum Level {
        NONE, DUE_SOON, LATE
    }

    /** Dossiers with a due time passed, the dossier's or a step's. */
    int late() {
        return codes(true).size();
    }

    /** Dossiers with a due time near and none passed. */
    int dueSoon() {
        Set<String> late = codes(true);
        return (int) codes(false).stream().filter(code -> !late.contains(code)).count();
    }

    Level level() {
        return late() > 0 ? Level.LATE : dueSoon() > 0 ? Level.DUE_SOON : Level.NONE;
    }

    /** The due time to flag on a dossier's row; empty when it is neither late nor due soon. */
    Optional<HeldAlert> flagOf(String code) {
        return lines.stream().filter(line -> line.code().equals(code)).min(MOST_PRESSING);
    }

    private Set<String> codes(boolean late) {
        return lines.stream().filter(line -> line.late() == late).map(HeldAlert::code).collect(Collectors.toSet());
    }
}
