package vn.motcua.dossier;

import java.time.Instant;
import vn.motcua.dossier.internal.DossierLatenessRepository;

/**
 * Latenesses for tests, written as the minute job writes them: the dossier's own (hand-off 0) or a step's, naming the
 * officer, unit and head given (any may be null).
 */
public final class TestLateness {

    private TestLateness() {
    }

    public static DossierLateness late(DossierLatenessRepository latenesses, Dossier dossier, int handOffNo,
            Long officerId, Long unitId, Long headOfficerId, Instant foundAt) {
        return latenesses.save(new DossierLateness(dossier, handOffNo == 0 ? LateScope.DOSSIER : LateScope.STEP,
                handOffNo, null, dossier.getDueAt(), foundAt, officerId, unitId, headOfficerId));
    }
}
