package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierLateness;
import vn.motcua.dossier.LateScope;

/** Append-only: one row per dossier and scope found late. */
public interface DossierLatenessRepository extends Repository<DossierLateness, Long> {

    DossierLateness save(DossierLateness lateness);

    Optional<DossierLateness> findById(Long id);

    List<DossierLateness> findByDossierIdOrderByFoundAt(Long dossierId);

    List<DossierLateness> findByIdIn(Collection<Long> ids);

    /** What was found late in a span (the weekly count): from inclusive, until exclusive. */
    List<DossierLateness> findByCenterIdAndScopeAndFoundAtGreaterThanEqualAndFoundAtLessThan(Integer centerId,
            LateScope scope, Instant from, Instant until);
}
