package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LateScope;

/**
 * What the minute watch has to look at, bounded by time: due times inside the warning window (up to {@code horizon},
 * now plus the warning hours) that have not been recorded yet. Nothing else is loaded, however many dossiers are open.
 */
public interface DossierWatchQueries extends Repository<Dossier, Long> {

    /**
     * Dossiers whose clock runs and whose own due time is within the window: not yet found late, and either due
     * already (to be found late) or not yet warned of for this due time.
     */
    @Query("select d.id from Dossier d where d.centerId = :centerId and d.status in :running and d.dueAt <= :horizon"
            + " and not exists (select l.id from DossierLateness l where l.dossierId = d.id and l.scope = :scope)"
            + " and (d.dueAt <= :now or not exists (select w.id from DossierWarning w where w.dossierId = d.id"
            + " and w.scope = :scope and w.dueAt = d.dueAt))")
    List<Long> dossiersDue(Integer centerId, Collection<DossierStatus> running, Instant now, Instant horizon,
            LateScope scope);

    /**
     * Dossiers with a step due within the window and before the dossier's own due time, not yet found late: the
     * current holder's step (due already, or not yet warned of), or an earlier turn handed on after its step's due.
     */
    @Query("select distinct h.dossierId from DossierHandOff h, Dossier d where d.id = h.dossierId"
            + " and d.centerId = :centerId and d.status in :running and h.stepDueAt <= :horizon"
            + " and h.stepDueAt < d.dueAt"
            + " and not exists (select l.id from DossierLateness l where l.dossierId = d.id and l.scope = :scope"
            + " and l.handOffNo = h.sequenceNo)"
            + " and ((not exists (select n.id from DossierHandOff n where n.dossierId = d.id"
            + " and n.sequenceNo > h.sequenceNo)"
            + " and (h.stepDueAt <= :now or not exists (select w.id from DossierWarning w where w.dossierId = d.id"
            + " and w.scope = :scope and w.handOffNo = h.sequenceNo)))"
            + " or exists (select n.id from DossierHandOff n where n.dossierId = d.id"
            + " and n.sequenceNo = h.sequenceNo + 1 and n.handedAt > h.stepDueAt))")
    List<Long> stepsDue(Integer centerId, Collection<DossierStatus> running, Instant now, Instant horizon,
            LateScope scope);

    /** Of these dossiers (just received or imported), those whose clock runs with a due time inside the window. */
    @Query("select d.id from Dossier d where d.id in :ids and d.status in :running and (d.dueAt <= :horizon"
            + " or exists (select h.id from DossierHandOff h where h.dossierId = d.id and h.stepDueAt <= :horizon))")
    List<Long> dueAmong(Collection<Long> ids, Collection<DossierStatus> running, Instant horizon);
}
