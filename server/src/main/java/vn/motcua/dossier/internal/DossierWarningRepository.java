package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierWarning;

/** Append-only: one row per due time warned of. */
public interface DossierWarningRepository extends Repository<DossierWarning, Long> {

    DossierWarning save(DossierWarning warning);

    List<DossierWarning> findByDossierIdOrderByWarnedAt(Long dossierId);
}
