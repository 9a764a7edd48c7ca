package vn.motcua.dossier.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;

/** The late and due-soon lists, read with their dossiers in one query each. */
public interface LateDossierQueries extends Repository<Dossier, Long> {

    /** Each lateness of a dossier still with the center, with the dossier, the longest late first. */
    @Query("select l, d from DossierLateness l, Dossier d where d.id = l.dossierId and d.centerId = :centerId"
            + " and d.status in :open order by l.dueAt, d.code, l.handOffNo")
    List<Object[]> late(Integer centerId, Collection<DossierStatus> open);

    /**
     * Each warning of a dossier still with the center whose due time is yet to come, with the dossier and whether the
     * same due is already late (a step can be late and warned of in one minute's run), soonest first.
     */
    @Query("select w, d from DossierWarning w, Dossier d where d.id = w.dossierId and d.centerId = :centerId"
            + " and d.status in :open and w.dueAt > :now order by w.dueAt, d.code, w.handOffNo")
    List<Object[]> warned(Integer centerId, Collection<DossierStatus> open, java.time.Instant now);

    /**
     * The last hand-off's number and step of each of these dossiers: a step's warning stands while its hand-off is the
     * last, and names that step.
     */
    @Query("select h.dossierId, h.sequenceNo, h.step from DossierHandOff h where h.dossierId in :dossierIds"
            + " and h.sequenceNo = (select max(n.sequenceNo) from DossierHandOff n where n.dossierId = h.dossierId)")
    List<Object[]> lastHandOffs(Collection<Long> dossierIds);
}
