package vn.motcua.dossier;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.internal.DossierLatenessRepository;
import vn.motcua.dossier.internal.DossierWarningRepository;

/**
 * Latenesses and warnings recorded as the minute watch records them, for tests outside this package (the API's, the
 * browsers'): the records' constructors are the package's own.
 */
public final class LateTestData {

    private LateTestData() {
    }

    /**
     * Forgets what the watch's check recorded when the test's dossiers were received or imported, for tests of the
     * lists that record their own warnings and latenesses (who held what, when found).
     */
    public static void forgetWatch(JdbcClient jdbc) {
        jdbc.sql("delete from dossier_lateness").update();
        jdbc.sql("delete from dossier_warning").update();
    }

    /** The dossier as a whole found late at {@code foundAt}, for the officer, unit and head given (each may be null). */
    public static DossierLateness late(DossierLatenessRepository latenesses, Dossier dossier, Instant foundAt,
            Long officerId, Long unitId, Long headId) {
        return late(latenesses, dossier, 0, officerId, unitId, headId, foundAt);
    }

    /** The dossier (hand-off 0) or one hand-off's step (its number) found late, due when the dossier is. */
    public static DossierLateness late(DossierLatenessRepository latenesses, Dossier dossier, int handOffNo,
            Long officerId, Long unitId, Long headId, Instant foundAt) {
        return latenesses.save(new DossierLateness(dossier, handOffNo == 0 ? LateScope.DOSSIER : LateScope.STEP,
                handOffNo, null, dossier.getDueAt(), foundAt, officerId, unitId, headId));
    }

    /** The dossier's own due time warned of at {@code at}. */
    public static DossierWarning warned(DossierWarningRepository warnings, Dossier dossier, Instant at, Long officerId,
            Long unitId) {
        return warnings.save(new DossierWarning(dossier, LateScope.DOSSIER, 0, dossier.getDueAt(), at, officerId,
                unitId));
    }
}
