package vn.motcua.center;

import java.time.LocalTime;
import vn.motcua.i18n.Refusal;

/**
 * When a dossier's clock starts on the day it is received. A dossier received after {@code passedOn} is passed on,
 * and counted, from the next working day (the one-stop decree's "sau 15 giờ"); a same-day procedure received after
 * {@code sameDay} (the leader on duty has stopped signing) is due on the next working day (Decree 23/2015 Art. 7).
 */
public record DossierCutoffs(LocalTime passedOn, LocalTime sameDay) {

    public DossierCutoffs {
        if (passedOn == null || sameDay == null) {
            throw new Refusal("problem.settings.cutoffMissing", "Both cut-off times are required");
        }
    }
}
