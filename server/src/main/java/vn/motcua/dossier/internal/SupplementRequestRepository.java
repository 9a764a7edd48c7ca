package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.SupplementRequest;

/** Supplement requests of the center's dossiers. */
public interface SupplementRequestRepository extends JpaRepository<SupplementRequest, Long> {

    List<SupplementRequest> findByDossierIdOrderByRequestNo(Long dossierId);

    /** Later requests waiting for a head of unit's ruling, oldest first. */
    List<SupplementRequest> findByCenterIdAndRequestNoGreaterThanAndRulingIsNullOrderByAskedAt(Integer centerId,
            int requestNo);
}
