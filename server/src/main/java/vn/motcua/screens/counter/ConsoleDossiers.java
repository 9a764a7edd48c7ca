package vn.motcua.screens.counter;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.counter.ConsolePort.LinkedDossier;
import vn.motcua.counter.ConsolePort.VisitDossiers;
import vn.motcua.counter.DossierPurpose;
import vn.motcua.dossier.DossierVisit;
import vn.motcua.dossier.DossierVisits;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.VisitPurpose;
import vn.motcua.queue.Seat;
import vn.motcua.queue.Ticket;

/** The console's dossier panel on the dossier module: the counter's visit, its dossiers, and a code linked. */
@Component
class ConsoleDossiers {

    private final LinkVisit linkVisit;
    private final DossierVisits dossierVisits;

    ConsoleDossiers(LinkVisit linkVisit, DossierVisits dossierVisits) {
        this.linkVisit = linkVisit;
        this.dossierVisits = dossierVisits;
    }

    VisitDossiers of(int counterNumber) {
        Optional<Ticket> visit = linkVisit.visitAt(counterNumber);
        return new VisitDossiers(visit.map(Ticket::getNumber), visit.map(ticket -> dossierVisits.linkedToTicket(ticket.getId())
                .stream().map(linked -> new LinkedDossier(linked.dossier().getCode(),
                        linked.dossier().getProcedureCode(), linked.dossier().getStatus().name(),
                        linked.dossier().getDueAt(), purpose(linked.visit())))
                .toList()).orElseGet(List::of));
    }

    void link(Seat seat, String code, DossierPurpose purpose) {
        linkVisit.link(seat, code, VisitPurpose.valueOf(purpose.name()));
    }

    private static DossierPurpose purpose(DossierVisit visit) {
        return DossierPurpose.valueOf(visit.getPurpose().name());
    }
}
