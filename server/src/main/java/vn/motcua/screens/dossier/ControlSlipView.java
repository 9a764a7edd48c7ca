package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.ControlSlip;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierHandOff;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Supplements;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * The control slip (Mẫu 06) on screen: every holder of the dossier in turn, who gave it and who took it, when, the
 * step's due time, how long they held it and whether on time; then the supplements asked and the result. Open to the
 * staff who read the dossier in the unit's list.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so/:code/kiem-soat")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class ControlSlipView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dossiers dossiers;
    private final ControlSlip slip;
    private final Supplements supplements;
    private final Catalogue catalogue;
    private final Officers officers;
    private final CenterTime time;
    private final DossierWords words = new DossierWords(this::getTranslation);

    public ControlSlipView(Dossiers dossiers, ControlSlip slip, Supplements supplements, Catalogue catalogue,
            Officers officers, CenterTime time) {
        this.dossiers = dossiers;
        this.slip = slip;
        this.supplements = supplements;
        this.catalogue = catalogue;
        this.officers = officers;
        this.time = time;
        addClassNames("admin", "control-slip");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("slip.title")));
        Optional<Dossier> found = event.getRouteParameters().get("code").flatMap(dossiers::find)
                .filter(StaffScope.of(dossiers, Accounts.current().orElseThrow())::covers);
        found.ifPresentOrElse(this::show, () -> {
            Span unknown = new Span(getTranslation("slip.unknown"));
            unknown.setId("slip-unknown");
            add(unknown);
        });
        Anchor back = new Anchor("/ho-so", getTranslation("slip.back"));
        back.setId("slip-back");
        add(back);
    }

    private void show(Dossier dossier) {
        OfficerNames names = new OfficerNames(officers);
        ControlSlipParts parts = new ControlSlipParts(words, names, this::getTranslation, time.now());
        String procedure = catalogue.procedure(dossier.getProcedureCode()).map(Procedure::getName)
                .map(name -> dossier.getProcedureCode() + " – " + name).orElse(dossier.getProcedureCode());
        Div header = new Div(
                parts.fact("slip-code", "slip.code", dossier.getCode()),
                parts.fact("slip-procedure", "slip.procedure", procedure),
                parts.fact("slip-applicant", "slip.applicant", dossier.getApplicant().getName()
                        .orElse(dossier.getOwnerName())),
                parts.fact("slip-owner", "slip.owner", dossier.getOwnerName()),
                parts.fact("slip-received", "slip.received", DossierWords.when(dossier.getReceivedAt())),
                parts.fact("slip-due", "slip.due", DossierWords.when(dossier.getDueAt())),
                parts.fact("slip-status", "slip.status", getTranslation("dossier.status." + dossier.getStatus().name())));
        header.addClassName("slip-header");
        // The papers as the national forms, for printing or filing: the same files as the API's, behind this sign-in.
        Div papers = new Div(paper(dossier, "kiem-soat", "slip.pdf.control"), paper(dossier, "tiep-nhan",
                "slip.pdf.receipt"));
        papers.setId("slip-papers");
        add(header, papers, new H2(getTranslation("slip.holders")), holders(slip.of(dossier), names),
                new H2(getTranslation("slip.supplements")), parts.supplements(supplements.of(dossier)),
                new H2(getTranslation("slip.result")), parts.result(dossier));
    }

    private Anchor paper(Dossier dossier, String name, String key) {
        Anchor link = new Anchor(PaperDownloads.PATH + dossier.getCode() + "/" + name + ".pdf", getTranslation(key));
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("slip-paper");
        return link;
    }

    private Component holders(List<ControlSlip.Line> lines, OfficerNames names) {
        if (lines.isEmpty()) {
            Span none = new Span(getTranslation("slip.no-holders"));
            none.setId("slip-no-holders");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("slip-holders");
        table.addClassName("slip-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("no", "step", "giver", "taker", "handed-at", "step-due", "held-for", "state")) {
            head.addHeaderCell().setText(getTranslation("slip.column." + column));
        }
        for (ControlSlip.Line line : lines) {
            DossierHandOff handOff = line.handOff();
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("slip-line");
            if (line.stillHeld()) {
                row.addClassName("slip-line-open");
            }
            Long giver = handOff.getFromOfficerId().orElse(null);
            ControlSlipParts.cell(row, "slip-no", String.valueOf(handOff.getSequenceNo() + 1));
            ControlSlipParts.cell(row, "slip-step", getTranslation("catalogue.step." + line.step().name()));
            NativeTableCell given = row.addDataCell();
            given.addClassName("slip-giver");
            given.add(giver == null ? new Span("—") : person(names.name(giver), names.unitOf(giver)));
            NativeTableCell taker = row.addDataCell();
            taker.add(person(names.name(handOff.getToOfficerId()), names.unit(handOff.getToUnitId())));
            taker.addClassName("slip-taker");
            ControlSlipParts.cell(row, "slip-handed-at", DossierWords.when(handOff.getHandedAt()));
            ControlSlipParts.cell(row, "slip-step-due", DossierWords.when(handOff.getStepDueAt()));
            ControlSlipParts.cell(row, "slip-held-for", words.duration(line.heldFor()));
            row.addDataCell().add(state(line));
        }
        return table;
    }

    /** On time or late, in words on a colour; the open line also says the holder has it now. */
    private Div state(ControlSlip.Line line) {
        Div state = new Div();
        state.addClassName("dossier-flags");
        if (line.stillHeld()) {
            state.add(ControlSlipParts.badge("slip-badge-holding", getTranslation("slip.holding")));
        }
        state.add(line.late()
                ? ControlSlipParts.badge("slip-badge-late", getTranslation(line.stillHeld() ? "slip.past-step-due"
                        : "slip.late"))
                : ControlSlipParts.badge("slip-badge-on-time", getTranslation(line.stillHeld() ? "slip.within"
                        : "slip.on-time")));
        return state;
    }

    private static Div person(String name, String unit) {
        Div person = new Div(new Span(name), new Span(unit));
        person.addClassName("slip-person");
        return person;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("slip.title");
    }
}
