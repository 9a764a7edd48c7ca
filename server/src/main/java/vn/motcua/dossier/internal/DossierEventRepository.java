package vn.motcua.dossier.internal;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierEvent;

/** Append-only: saving and reading, no update or delete. */
public interface DossierEventRepository extends Repository<DossierEvent, Long> {

    DossierEvent save(DossierEvent event);

    List<DossierEvent> findByDossierIdOrderByAtAscIdAsc(Long dossierId);
}
