package vn.motcua.screens.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureDocument;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Apologies;
import vn.motcua.dossier.ApologyState;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.DossierVisit;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveDossier;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.QueueSnapshot;

/**
 * One dossier opened from the list: what it is, who submitted it and how, the papers received, who holds it, whether
 * its clock stands, how it ended, its history in words (who did what, when), the visits linked to it at the counters
 * and the ratings of those visits, the messages its applicant was sent; the control slip is a link away.
 */
@Component
class DossierDetail {

    private final Dossiers dossiers;
    private final Officers officers;
    private final Catalogue catalogue;
    private final QueueSnapshot tickets;
    private final CenterTime time;
    private final ReceiveDossier reception;
    private final DossierRatingsPart ratings;
    private final Apologies apologies;
    private final DossierMessagesPart messages;
    private final DossierMarksPart marks;

    DossierDetail(Dossiers dossiers, Officers officers, Catalogue catalogue, QueueSnapshot tickets, CenterTime time,
            ReceiveDossier reception, DossierRatingsPart ratings, Apologies apologies, DossierMessagesPart messages,
            DossierMarksPart marks) {
        this.marks = marks;
        this.dossiers = dossiers;
        this.officers = officers;
        this.catalogue = catalogue;
        this.tickets = tickets;
        this.time = time;
        this.reception = reception;
        this.ratings = ratings;
        this.apologies = apologies;
        this.messages = messages;
    }

    /** Opens the dossier in a dialog, if the scope reads it (the list shows only those; a stale row shows nothing). */
    void open(String code, DossierScope scope) {
        dossiers.find(code).filter(scope::covers).ifPresent(dossier -> show(dossier, scope));
    }

    private void show(Dossier dossier, DossierScope scope) {
        Dialog dialog = new Dialog();
        dialog.setId("dossier-detail");
        dialog.addClassName("dossier-detail");
        dialog.setHeaderTitle(dossier.getCode());
        DossierWords words = new DossierWords(dialog::getTranslation);
        OfficerNames names = new OfficerNames(officers);
        String procedure = catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName)
                .map(name -> dossier.getProcedureCode() + " – " + name).orElse(dossier.getProcedureCode());
        Div facts = new Div(line(procedure),
                line(dialog.getTranslation("dossier.status." + dossier.getStatus().name())),
                line(dossier.getOwnerName() + dossier.getPhone()
                        .map(phone -> " · " + dialog.getTranslation("dossiers.detail.phone", phone)).orElse("")),
                line(dialog.getTranslation("dossiers.received") + ": " + DossierWords.when(dossier.getReceivedAt())
                        + " · " + dialog.getTranslation("dossiers.due") + ": " + DossierWords.when(dossier.getDueAt())));
        dossier.getApplicant().getName().ifPresent(applicant -> facts.add(line(dialog.getTranslation(
                "dossiers.detail.applicant", applicant, dossier.getApplicant().getChannel()
                        .map(channel -> dialog.getTranslation("dossiers.channel." + channel.name())).orElse("")))));
        dossier.getApplicant().getReceivingOfficerId().ifPresent(officer -> facts.add(line(dialog.getTranslation(
                "dossiers.detail.received-by", names.name(officer)))));
        dossier.getUnitName().ifPresent(unit -> facts.add(line(dialog.getTranslation("dossiers.detail.unit", unit))));
        dossier.getHolderOfficerId().ifPresent(holder -> facts.add(id(line(dialog.getTranslation(
                "dossiers.detail.holder", names.name(holder), DossierWords.when(dossier.getHeldSince().orElse(null)),
                words.duration(java.time.Duration.between(dossier.getHeldSince().orElseThrow(), time.now())))),
                "dossier-detail-holder")));
        dossier.getClockStoppedAt().ifPresent(stopped -> facts.add(flag(line(dialog.getTranslation(
                "dossiers.detail.clock-stopped", DossierWords.when(stopped))), "dossier-flag-due-soon")));
        if (dossier.isOverdue(time.now()) && dossier.getClockStoppedAt().isEmpty()) {
            facts.add(flag(line(dialog.getTranslation("dossiers.flag.overdue")), "dossier-flag-overdue"));
        }
        dossier.getOutcome().getResult().ifPresent(result -> facts.add(id(line(dialog.getTranslation(
                "dossiers.detail.result", dialog.getTranslation("slip.result." + result.name()),
                dossier.getOutcome().getReason().orElse(""), dossier.getOutcome().getSignedBy().orElse("—"),
                dossier.getOutcome().getReturningOfficerId().map(names::name).orElse("—"))), "dossier-detail-result")));
        apologies.latest(dossier).ifPresent(apology -> {
            facts.add(id(line(dialog.getTranslation("dossiers.detail.apology", dialog.getTranslation(
                    "apologies.state." + apology.getState().name(), apology.getDecidedBy().orElse("")),
                    DossierWords.when(apology.getNewAppointmentAt()), apology.getReason())), "dossier-detail-apology"));
            if (apology.getState() == ApologyState.APPROVED) {
                Anchor paper = new Anchor(PaperDownloads.PATH + dossier.getCode() + "/xin-loi.pdf",
                        dialog.getTranslation("slip.pdf.apology"), AnchorTarget.BLANK);
                paper.setId("dossier-detail-apology-pdf");
                facts.add(paper);
            }
        });
        Anchor slip = new Anchor("/ho-so/" + dossier.getCode() + "/kiem-soat",
                dialog.getTranslation("dossiers.detail.control-slip"));
        slip.setId("dossier-detail-slip");
        // The router opens the slip in this page: the dialog closes rather than float over it.
        slip.getElement().addEventListener("click", click -> dialog.close());
        Anchor page = new Anchor("/hs/" + dossier.getTrackingToken(), dialog.getTranslation("dossiers.detail.tracking"));
        page.setTarget(AnchorTarget.BLANK);
        page.setId("dossier-detail-tracking");
        facts.add(slip, page);
        facts.addClassName("dossier-detail-facts");
        dialog.add(facts, new H3(dialog.getTranslation("dossiers.detail.documents")), documents(dossier, dialog),
                new H3(dialog.getTranslation("dossiers.detail.history")), history(dossier, dialog),
                new H3(dialog.getTranslation("dossiers.detail.visits")), visits(dossier, dialog),
                new H3(dialog.getTranslation("dossiers.detail.ratings")), ratings.of(dossier, dialog, names),
                new H3(dialog.getTranslation("messages.title")), messages.of(dossier, dialog),
                new H3(dialog.getTranslation("marks.title")), marks.of(dossier, scope, dialog));
        Button close = new Button(dialog.getTranslation("dossiers.detail.close"), click -> dialog.close());
        close.setId("dossier-detail-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Div documents(Dossier dossier, Dialog dialog) {
        Div documents = new Div();
        documents.setId("dossier-documents");
        List<ProcedureDocument> received = reception.documents(dossier);
        if (received.isEmpty()) {
            documents.add(line(dialog.getTranslation("dossiers.detail.no-documents")));
            return documents;
        }
        UnorderedList list = new UnorderedList();
        received.forEach(paper -> list.add(new ListItem(paper.name() + " (" + paper.copies() + ")")));
        documents.add(list);
        return documents;
    }

    private UnorderedList history(Dossier dossier, Dialog dialog) {
        UnorderedList list = new UnorderedList();
        list.setId("dossier-history");
        for (DossierEvent event : dossiers.history(dossier)) {
            String who = event.getOfficerId().flatMap(officers::find).map(Officer::getFullName)
                    .orElse(event.getActor());
            list.add(new ListItem(DossierWords.when(event.getAt()) + " · "
                    + dialog.getTranslation("dossiers.event." + event.getKind().name()) + " · " + who
                    + event.getDetail().map(detail -> " · " + detail).orElse("")));
        }
        return list;
    }

    private Div visits(Dossier dossier, Dialog dialog) {
        Div visits = new Div();
        visits.setId("dossier-visits");
        List<DossierVisit> linked = dossiers.visits(dossier);
        if (linked.isEmpty()) {
            visits.add(line(dialog.getTranslation("dossiers.detail.no-visits")));
            return visits;
        }
        UnorderedList list = new UnorderedList();
        for (DossierVisit visit : linked) {
            String number = tickets.call(visit.getTicketId()).map(QueueSnapshot.Call::number)
                    .orElse(String.valueOf(visit.getTicketId()));
            String officer = officers.find(visit.getOfficerId()).map(Officer::getFullName).orElse("");
            list.add(new ListItem(DossierWords.when(visit.getLinkedAt()) + " · " + dialog.getTranslation(
                    "dossiers.detail.visit", number, dialog.getTranslation("dossiers.visit." + visit.getPurpose().name()),
                    officer)));
        }
        visits.add(list);
        return visits;
    }

    private static Span id(Span span, String id) {
        span.setId(id);
        return span;
    }

    private static Span flag(Span span, String className) {
        span.addClassNames("dossier-flag", className);
        return span;
    }

    static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("dossier-detail-line");
        return line;
    }
}
