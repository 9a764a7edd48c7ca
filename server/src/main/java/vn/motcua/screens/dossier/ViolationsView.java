package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.Handler;
import vn.motcua.dossier.Violation;
import vn.motcua.dossier.ViolationEntry;
import vn.motcua.dossier.ViolationFilter;
import vn.motcua.dossier.ViolationKind;
import vn.motcua.dossier.ViolationRegister;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.security.Accounts;

/**
 * The register of violations (sổ theo dõi vi phạm): each entry on the officer and on the head of their unit, jointly
 * liable (liên đới), with the evidence, who recorded it and the dossier's events, its code linking to the control
 * slip. A manager reads all, a head their unit's, an officer their own; heads and managers record a dossier returned
 * through an officer's fault below.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("vi-pham")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
@StyleSheet("styles/violations.css")
public class ViolationsView extends Div implements HasDynamicTitle {

    private final ViolationRegister register;
    /** Who reads: the person who opened the screen. */
    private final Handler reader = Handler.of(Accounts.current().orElseThrow());
    private final DatePicker from = new DatePicker(getTranslation("violations.from"));
    private final DatePicker to = new DatePicker(getTranslation("violations.to"));
    private final Select<ViolationKind> kind = new Select<>();
    private final Select<Officer> officer = new Select<>();
    private final Span answer = new Span();
    private final Div entries = new Div();

    public ViolationsView(ViolationRegister register, Officers officers) {
        this.register = register;
        addClassNames("admin", "violations");
        boolean recorder = reader.headOfUnit() || reader.manager();
        List<Officer> staff = officers.all().stream().filter(each -> reader.manager()
                || reader.unitId().filter(each.getUnit().getId()::equals).isPresent()).toList();
        Span scope = new Span(getTranslation(recorder && !reader.manager() ? "violations.unit-only"
                : reader.manager() ? "violations.all" : "violations.own-only"));
        scope.setId("violations-scope");
        entries.setId("violations-entries");
        answer.setId("violations-answer");
        add(new H1(getTranslation("violations.title")), new Span(getTranslation("violations.hint")), scope,
                filters(recorder, staff), answer, entries);
        if (recorder) {
            add(new ViolationForm(register, reader, staff, this::show));
        }
        show();
    }

    private Div filters(boolean recorder, List<Officer> staff) {
        kind.setLabel(getTranslation("violations.kind"));
        kind.setItems(ViolationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("violations.any"));
        kind.setItemLabelGenerator(each -> each == null ? getTranslation("violations.any")
                : getTranslation("violations.kind." + each.name()));
        officer.setLabel(getTranslation("violations.officer"));
        officer.setItems(staff);
        officer.setEmptySelectionAllowed(true);
        officer.setEmptySelectionCaption(getTranslation("violations.any"));
        officer.setItemLabelGenerator(each -> each == null ? getTranslation("violations.any")
                : ViolationForm.label(each));
        // An officer reads their own entries only: choosing another officer could only empty the list.
        officer.setVisible(recorder);
        from.setId("violations-from");
        to.setId("violations-to");
        kind.setId("violations-kind");
        officer.setId("violations-officer");
        from.addValueChangeListener(changed -> show());
        to.addValueChangeListener(changed -> show());
        kind.addValueChangeListener(changed -> show());
        officer.addValueChangeListener(changed -> show());
        Div filters = new Div(from, to, kind, officer);
        filters.addClassName("violations-filters");
        return filters;
    }

    private void show() {
        entries.removeAll();
        answer.setText("");
        try {
            List<ViolationEntry> found = register.read(reader, new ViolationFilter(from.getValue(), to.getValue(),
                    kind.getValue(), officer.getOptionalValue().map(Officer::getCode).orElse(null)));
            Span count = new Span(found.isEmpty() ? getTranslation("violations.none")
                    : getTranslation("violations.count", found.size()));
            count.setId("violations-count");
            entries.add(count);
            if (!found.isEmpty()) {
                entries.add(table(found));
            }
        } catch (Refusal refused) {
            answer.setText(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private NativeTable table(List<ViolationEntry> found) {
        NativeTable table = new NativeTable();
        table.setId("violations");
        table.addClassNames("slip-table", "violations-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("when", "dossier", "kind", "who", "unit", "head", "evidence", "recorded-by",
                "events")) {
            head.addHeaderCell().setText(getTranslation("violations." + column));
        }
        found.forEach(entry -> row(table.getBody().addRow(), entry));
        return table;
    }

    private void row(NativeTableRow row, ViolationEntry entry) {
        Violation violation = entry.violation();
        row.addClassName("violation-row");
        row.getElement().setAttribute("data-dossier", entry.dossierCode());
        row.getElement().setAttribute("data-officer", entry.officer().getCode());
        ControlSlipParts.cell(row, "violation-when", DossierWords.when(violation.getOccurredAt()));
        Anchor slip = new Anchor("/ho-so/" + entry.dossierCode() + "/kiem-soat", entry.dossierCode());
        slip.addClassName("violation-slip");
        cell(row, "violation-dossier", slip);
        ControlSlipParts.cell(row, "violation-kind", getTranslation("violations.kind." + violation.getKind().name()));
        ControlSlipParts.cell(row, "violation-officer", ViolationForm.label(entry.officer()));
        ControlSlipParts.cell(row, "violation-unit", entry.unit().map(unit -> unit.getName()).orElse(""));
        ControlSlipParts.cell(row, "violation-head", entry.head()
                .map(head -> getTranslation("violations.liable", ViolationForm.label(head)))
                .orElse(getTranslation("violations.no-head")));
        ControlSlipParts.cell(row, "violation-evidence", violation.getEvidence());
        ControlSlipParts.cell(row, "violation-recorded-by", entry.recordedByName());
        cell(row, "violation-events", events(entry.proof()));
    }

    /** The dossier's record up to the entry, folded: the slip link has the whole story. */
    private Details events(List<DossierEvent> proof) {
        UnorderedList list = new UnorderedList();
        proof.forEach(event -> list.add(new ListItem(getTranslation("violations.event", DossierWords.when(event.getAt()),
                getTranslation("dossiers.event." + event.getKind().name()), event.getActor()
                        + event.getDetail().map(detail -> " · " + detail).orElse("")))));
        return new Details(getTranslation("violations.events") + " (" + proof.size() + ")", list);
    }

    private static void cell(NativeTableRow row, String className, Component content) {
        NativeTableCell cell = row.addDataCell();
        cell.add(content);
        cell.addClassName(className);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("violations.title");
    }
}
