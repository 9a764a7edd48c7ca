package vn.motcua.dossier;

import java.time.Instant;
import java.util.Optional;
import vn.motcua.catalogue.StepKind;

/**
 * One line of the late or due-soon list: the dossier, which due time (the dossier's or a step's), who holds it now and
 * since when, and for a late one who held it at its due time and their head of unit (joint liability). Names are
 * empty where nobody here is named (an imported dossier, an unassigned one).
 */
public record AlertLine(String code, String procedureCode, DossierStatus status, LateScope scope,
        Optional<StepKind> step, Instant dueAt, Optional<Long> unitId, Optional<String> unitName,
        Optional<Long> holderId, Optional<String> holderName, Optional<Instant> heldSince,
        Optional<Late> late, Optional<Instant> newAppointmentAt) {

    /** Who answers for a late line: the officer who held it at its due time, their head, and when it was found. */
    public record Late(long latenessId, Instant foundAt, Optional<Long> officerId, Optional<String> officerName,
            Optional<Long> headId, Optional<String> headName, boolean unassigned, Optional<Long> unitId) {
    }

    public boolean isLate() {
        return late.isPresent();
    }
}
