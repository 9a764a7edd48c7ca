package vn.motcua.dossier.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.dossier.DossierHandOff;

/** Control slip lines, in the order they were written. */
public interface DossierHandOffRepository extends JpaRepository<DossierHandOff, Long> {

    List<DossierHandOff> findByDossierIdOrderBySequenceNo(Long dossierId);

    List<DossierHandOff> findByDossierIdInOrderBySequenceNo(Collection<Long> dossierIds);
}
