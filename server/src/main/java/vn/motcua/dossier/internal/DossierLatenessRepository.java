package vn.motcua.dossier.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierLateness;
import vn.motcua.dossier.LateScope;

/** Append-only: one row per dossier and scope found late. */
public interface DossierLatenessRepository extends Repository<DossierLateness, Long> {

    DossierLateness save(DossierLateness lateness);

    Optional<DossierLateness> findById(Long id);

    List<DossierLateness> findByDossierIdOrderByFoundAt(Long dossierId);

    /** The lateness, locked for this transaction: its explanation attempts and rulings are written one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from DossierLateness l where l.id = :id")
    Optional<DossierLateness> lockById(Long id);

    List<DossierLateness> findByCenterIdOrderByFoundAt(Integer centerId);

    List<DossierLateness> findByIdIn(Collection<Long> ids);

    /** What was found late in a span (the weekly count): from inclusive, until exclusive. */
    List<DossierLateness> findByCenterIdAndScopeAndFoundAtGreaterThanEqualAndFoundAtLessThan(Integer centerId,
            LateScope scope, Instant from, Instant until);
}
