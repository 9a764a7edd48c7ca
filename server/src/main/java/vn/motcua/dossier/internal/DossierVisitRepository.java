package vn.motcua.dossier.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.motcua.dossier.DossierVisit;

/** Visits linked to dossiers; a link is never changed, a wrong one is answered by another. */
public interface DossierVisitRepository extends Repository<DossierVisit, Long> {

    DossierVisit save(DossierVisit visit);

    Optional<DossierVisit> findByDossierIdAndTicketId(Long dossierId, Long ticketId);

    List<DossierVisit> findByDossierIdOrderByLinkedAtAsc(Long dossierId);

    List<DossierVisit> findByTicketIdOrderByLinkedAtAsc(Long ticketId);
}
