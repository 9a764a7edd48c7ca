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
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.DossierVisit;
import vn.motcua.dossier.Dossiers;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.queue.QueueSnapshot;

/**
 * One dossier opened from the list: what it is, whose, when due, its history in words (who did what, when) and the
 * visits linked to it at the counters.
 */
final class DossierDetail {

    private final Dossiers dossiers;
    private final Officers officers;
    private final Catalogue catalogue;
    private final QueueSnapshot tickets;
    private final CenterTime time;

    DossierDetail(Dossiers dossiers, Officers officers, Catalogue catalogue, QueueSnapshot tickets, CenterTime time) {
        this.dossiers = dossiers;
        this.officers = officers;
        this.catalogue = catalogue;
        this.tickets = tickets;
        this.time = time;
    }

    /** Opens the dossier in a dialog, if the scope reads it (the list shows only those; a stale row shows nothing). */
    void open(String code, DossierScope scope) {
        dossiers.find(code).filter(scope::covers).ifPresent(this::show);
    }

    private void show(Dossier dossier) {
        Dialog dialog = new Dialog();
        dialog.setId("dossier-detail");
        dialog.addClassName("dossier-detail");
        dialog.setHeaderTitle(dossier.getCode());
        String procedure = catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName)
                .map(name -> dossier.getProcedureCode() + " – " + name).orElse(dossier.getProcedureCode());
        Div facts = new Div(line(procedure),
                line(dialog.getTranslation("dossier.status." + dossier.getStatus().name())),
                line(dossier.getOwnerName() + dossier.getPhone()
                        .map(phone -> " · " + dialog.getTranslation("dossiers.detail.phone", phone)).orElse("")),
                line(dialog.getTranslation("dossiers.received") + ": " + DossierWords.when(dossier.getReceivedAt())
                        + " · " + dialog.getTranslation("dossiers.due") + ": " + DossierWords.when(dossier.getDueAt())));
        dossier.getUnitName().ifPresent(unit -> facts.add(line(dialog.getTranslation("dossiers.detail.unit", unit))));
        if (dossier.isOverdue(time.now())) {
            Span late = line(dialog.getTranslation("dossiers.flag.overdue"));
            late.addClassNames("dossier-flag", "dossier-flag-overdue");
            facts.add(late);
        }
        Anchor page = new Anchor("/hs/" + dossier.getTrackingToken(), dialog.getTranslation("dossiers.detail.tracking"));
        page.setTarget(AnchorTarget.BLANK);
        page.setId("dossier-detail-tracking");
        facts.add(page);
        facts.addClassName("dossier-detail-facts");
        dialog.add(facts, new H3(dialog.getTranslation("dossiers.detail.history")), history(dossier, dialog),
                new H3(dialog.getTranslation("dossiers.detail.visits")), visits(dossier, dialog));
        Button close = new Button(dialog.getTranslation("dossiers.detail.close"), click -> dialog.close());
        close.setId("dossier-detail-close");
        dialog.getFooter().add(close);
        dialog.open();
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

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("dossier-detail-line");
        return line;
    }
}
