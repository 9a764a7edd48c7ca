package vn.motcua.screens.counter;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.LegalTimeUnit;
import vn.motcua.catalogue.Procedure;
import vn.motcua.counter.ConsolePort.LinkedDossier;
import vn.motcua.counter.ConsolePort.VisitDossiers;
import vn.motcua.counter.CounterRefusal;
import vn.motcua.counter.DossierDesk.DocumentChoice;
import vn.motcua.counter.DossierDesk.NewDossier;
import vn.motcua.counter.DossierDesk.PrintAnswer;
import vn.motcua.counter.DossierDesk.ProcedureChoice;
import vn.motcua.counter.DossierDesk.ReceivedDossier;
import vn.motcua.counter.DossierPurpose;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.DossierSource;
import vn.motcua.dossier.DossierVisit;
import vn.motcua.dossier.DossierVisits;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.dossier.Reception;
import vn.motcua.dossier.VisitPurpose;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.queue.Seat;
import vn.motcua.queue.Ticket;

/**
 * The console's dossier panel on the dossier module: the counter's visit, its dossiers, a code linked, and a dossier
 * received there with its receipt.
 */
@Component
class ConsoleDossiers {

    private final LinkVisit linkVisit;
    private final DossierVisits dossierVisits;
    private final Dossiers dossiers;
    private final ReceiveDossier receiveDossier;
    private final Catalogue catalogue;
    private final DossierPapers papers;

    ConsoleDossiers(LinkVisit linkVisit, DossierVisits dossierVisits, Dossiers dossiers,
            ReceiveDossier receiveDossier, Catalogue catalogue, DossierPapers papers) {
        this.papers = papers;
        this.linkVisit = linkVisit;
        this.dossierVisits = dossierVisits;
        this.dossiers = dossiers;
        this.receiveDossier = receiveDossier;
        this.catalogue = catalogue;
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
        if (purpose == DossierPurpose.COLLECTION) {
            // The rule's own words cover every end of handling; a dossier received here and still being handled is
            // the usual case at the counter, and the officer needs to hear that it is simply not ready yet.
            dossiers.find(code).filter(d -> d.getSource() == DossierSource.LOCAL && d.getStatus().isOpen())
                    .ifPresent(notReady -> {
                        throw new CounterRefusal("console.dossier.no-result-yet", "Dossier " + code
                                + " has no result recorded yet");
                    });
        }
        linkVisit.link(seat, code, VisitPurpose.valueOf(purpose.name()));
    }

    List<ProcedureChoice> procedures() {
        return catalogue.procedures().stream().map(procedure -> new ProcedureChoice(procedure.getCode(),
                procedure.getName(), procedure.getDocuments().stream().map(document -> new DocumentChoice(
                        document.name(), document.copies(), document.required())).toList(), signedOnTheSpot(procedure)))
                .toList();
    }

    ReceivedDossier receive(Seat seat, NewDossier dossier) {
        Optional<String> visit = linkVisit.visitAt(seat.counterNumber()).map(Ticket::getNumber);
        Dossier received = receiveDossier.receive(seat, new Reception(dossier.procedureCode(),
                dossier.applicantName(), dossier.phone(), dossier.idNumber(), dossier.consent(), dossier.ownerName(),
                dossier.channel() == null ? null : Channel.valueOf(dossier.channel().name()), null,
                dossier.documents()));
        return new ReceivedDossier(received.getCode(), catalogue.procedure(received.getProcedureCode())
                .map(Procedure::getName).orElse(received.getProcedureCode()), received.getDueAt(), visit);
    }

    /** The receipt (Mẫu 01) on the counter's slip printer; the outcome in words, never swallowed. */
    PrintAnswer printReceipt(Seat seat, String code) {
        return print(seat, code, papers::printReceipt, "console.reception.printed");
    }

    /** The latest supplement request (Mẫu 02) for the citizen on the counter's slip printer. */
    PrintAnswer printSupplement(Seat seat, String code) {
        return print(seat, code, papers::printSupplement, "console.supplement.printed");
    }

    /** The approved apology and new appointment (Mẫu 04) for the citizen on the counter's slip printer. */
    PrintAnswer printApology(Seat seat, String code) {
        return print(seat, code, papers::printApology, "console.apology.printed");
    }

    private PrintAnswer print(Seat seat, String code, BiFunction<Integer, Dossier, PrintOutcome> paper,
            String printedKey) {
        Dossier dossier = dossiers.find(code)
                .orElseThrow(() -> new CounterRefusal("problem.dossier.unknown", "Unknown dossier " + code));
        PrintOutcome outcome = paper.apply(seat.counterNumber(), dossier);
        return outcome.printed() ? new PrintAnswer(true, printedKey, "")
                : new PrintAnswer(false, "console.reception.print-failed", outcome.problem());
    }

    private static boolean signedOnTheSpot(Procedure procedure) {
        return procedure.isOnTheSpot() || procedure.getLegalTime().unit() == LegalTimeUnit.SAME_DAY;
    }

    private static DossierPurpose purpose(DossierVisit visit) {
        return DossierPurpose.valueOf(visit.getPurpose().name());
    }
}
