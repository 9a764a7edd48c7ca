package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierLateness;

/** Append-only: one row per dossier and scope found late. */
public interface DossierLatenessRepository extends Repository<DossierLateness, Long> {

    DossierLateness save(DossierLateness lateness);

    Optional<DossierLateness> findById(Long id);

    List<DossierLateness> findByDossierIdOrderByFoundAt(Long dossierId);
}
