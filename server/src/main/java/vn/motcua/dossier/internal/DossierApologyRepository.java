package vn.motcua.dossier.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.ApologyState;
import vn.motcua.dossier.DossierApology;

/** Apologies with a new appointment (Mẫu 04). */
public interface DossierApologyRepository extends JpaRepository<DossierApology, Long> {

    /** In the order drafted, even when two share a moment. */
    List<DossierApology> findByDossierIdOrderById(Long dossierId);

    List<DossierApology> findByCenterIdAndStateInOrderByDraftedAtAscIdAsc(Integer centerId,
            Collection<ApologyState> states);
}
