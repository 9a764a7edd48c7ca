package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.dossier.internal.DossierVisitRepository;
import vn.motcua.rating.Rating;
import vn.motcua.rating.TicketRatings;

/** What the visits linked to dossiers tell: a ticket's dossiers, and a dossier's ratings through its visits. */
@Service
@Transactional(readOnly = true)
public class DossierVisits {

    private final DossierRepository dossiers;
    private final DossierVisitRepository visits;
    private final TicketRatings ratings;

    DossierVisits(DossierRepository dossiers, DossierVisitRepository visits, TicketRatings ratings) {
        this.dossiers = dossiers;
        this.visits = visits;
        this.ratings = ratings;
    }

    /** A dossier a ticket is linked to, with the link (who, why, when). */
    public record Linked(Dossier dossier, DossierVisit visit) {
    }

    /** The dossiers a ticket was linked to, in the order they were linked. */
    public List<Linked> linkedToTicket(long ticketId) {
        return visits.findByTicketIdOrderByLinkedAtAsc(ticketId).stream()
                .map(visit -> new Linked(dossiers.findById(visit.getDossierId()).orElseThrow(), visit)).toList();
    }

    /** The citizens' ratings of the visits linked to the dossier, oldest first, whether given before or after the link. */
    public List<Rating> ratings(Dossier dossier) {
        return ratings.ofTickets(visits.findByDossierIdOrderByLinkedAtAsc(dossier.getId()).stream()
                .map(DossierVisit::getTicketId).toList());
    }
}
