package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;

/** Dossiers of every center; callers always name the center. */
public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCenterIdAndCode(Integer centerId, String code);

    List<Dossier> findByCenterIdAndCodeIn(Integer centerId, Collection<String> codes);

    Optional<Dossier> findByTrackingToken(String trackingToken);

    List<Dossier> findByCenterIdAndHolderOfficerIdAndStatusInOrderByHeldSinceAsc(Integer centerId, Long holderOfficerId,
            Collection<DossierStatus> statuses);

    List<Dossier> findByCenterIdAndStatusInAndDueAtBeforeOrderByDueAtAsc(Integer centerId,
            Collection<DossierStatus> statuses, Instant before);

    /** The dossier, locked for this transaction: two links to it at once are written one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dossier d where d.centerId = :centerId and d.code = :code")
    Optional<Dossier> lockByCenterIdAndCode(Integer centerId, String code);
}
