package vn.motcua.screens.dossier;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateScope;
import vn.motcua.dossier.OverdueDay;
import vn.motcua.dossier.OverdueList;
import vn.motcua.dossier.OverduePapers;
import vn.motcua.dossier.OverdueWeeks;
import vn.motcua.dossier.WorkingSpan;
import vn.motcua.security.Accounts;

/**
 * The daily overdue list (seed 004) for the head of unit, the manager and, for their own unit, an officer: per unit the
 * late dossiers, longest late first, then those about to be late, with who holds each and who answers for it; links
 * to the PDF to sign and the workbook; below, the weekly count (seed 002).
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so/qua-han")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class OverdueListView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DossierWords words = new DossierWords(this::getTranslation);

    public OverdueListView(OverdueList list, Dossiers dossiers, CenterTime time) {
        addClassNames("admin", "overdue");
        DossierScope scope = StaffScope.of(dossiers, Accounts.current().orElseThrow());
        LocalDate today = time.today();
        OverdueDay day = list.of(scope, today);
        Span when = new Span(getTranslation("overdue.day", DAY.format(today), DossierWords.when(day.asOf()),
                day.lateCount(), day.dueSoonCount()));
        when.setId("overdue-day");
        Div papers = new Div(paper(today + ".pdf", "overdue.pdf", "overdue-pdf"),
                paper(today + ".xlsx", "overdue.xlsx", "overdue-xlsx"));
        papers.setId("overdue-papers");
        add(new H1(getTranslation("overdue.title")), when, papers);
        day.groups().forEach(group -> add(group(group)));
        add(new H2(getTranslation("overdue.weekly", OverduePapers.WORKBOOK_WEEKS)),
                weekly(list.weekly(scope, OverduePapers.WORKBOOK_WEEKS)));
    }

    private Anchor paper(String file, String key, String id) {
        Anchor link = new Anchor(OverdueDownloads.PATH + file, getTranslation(key));
        link.setTarget(AnchorTarget.BLANK);
        link.setId(id);
        return link;
    }

    private Div group(OverdueDay.Group group) {
        Div part = new Div();
        part.addClassName("overdue-unit");
        part.getElement().setAttribute("data-unit", group.isUnassigned() ? "" : group.unitName());
        String name = group.isUnassigned() ? getTranslation("overdue.unassigned") : group.unitName();
        H2 heading = new H2(group.headName().map(head -> getTranslation("overdue.unit-head", name, head)).orElse(name));
        heading.addClassName("overdue-unit-name");
        part.add(heading);
        if (group.isEmpty()) {
            part.add(note("overdue-none", getTranslation("overdue.none")));
            return part;
        }
        NativeTable table = new NativeTable();
        table.addClassNames("slip-table", "overdue-table");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("code", "procedure", "state", "holder", "held", "due", "late-by", "answering",
                "new-date")) {
            head.addHeaderCell().setText(getTranslation("overdue.column." + column));
        }
        Stream.concat(group.late().stream(), group.dueSoon().stream()).forEach(line -> row(table, line));
        part.add(table);
        return part;
    }

    private void row(NativeTable table, OverdueDay.Line line) {
        NativeTableRow row = table.getBody().addRow();
        row.addClassNames("overdue-line", line.isLate() ? "overdue-late" : "overdue-due-soon");
        row.getElement().setAttribute("data-code", line.code());
        ControlSlipParts.cell(row, "overdue-code", line.code());
        ControlSlipParts.cell(row, "overdue-procedure", line.procedureName()
                .map(name -> name + " (" + line.procedureCode() + ")").orElse(line.procedureCode()));
        String state = getTranslation(line.isLate() ? "overdue.late" : "overdue.due-soon");
        ControlSlipParts.cell(row, "overdue-state", line.step().filter(step -> line.scope() == LateScope.STEP)
                .map(step -> getTranslation("overdue.step", state, getTranslation("catalogue.step." + step.name())))
                .orElse(state));
        ControlSlipParts.cell(row, "overdue-holder", line.holderName().map(holder -> line.heldSince()
                .map(since -> getTranslation("overdue.held-since", holder, DossierWords.when(since))).orElse(holder))
                .orElse(getTranslation("overdue.nobody-holds")));
        ControlSlipParts.cell(row, "overdue-held", line.heldFor().map(this::working).orElse("—"));
        ControlSlipParts.cell(row, "overdue-due", DossierWords.when(line.dueAt()));
        ControlSlipParts.cell(row, "overdue-late-by", line.lateBy().map(this::working).orElse("—"));
        ControlSlipParts.cell(row, "overdue-answering", !line.isLate() ? "—"
                : line.answeringOfficer().orElse(getTranslation("overdue.nobody-named"))
                        + line.answeringHead().map(head -> getTranslation("overdue.with-head", head)).orElse(""));
        ControlSlipParts.cell(row, "overdue-new-date", line.newAppointmentAt().map(DossierWords::when).orElse("—"));
    }

    /** "2 ngày làm việc 3 giờ 15 phút", or the hours alone under a whole working day. */
    private String working(WorkingSpan span) {
        String rest = words.duration(span.rest());
        return span.days() == 0 ? rest : getTranslation("overdue.working-days", span.days(), rest);
    }

    private NativeTable weekly(OverdueWeeks weeks) {
        NativeTable table = new NativeTable();
        table.setId("overdue-weekly");
        table.addClassNames("slip-table", "overdue-weekly");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("overdue.column.unit"));
        for (OverdueWeeks.Week week : weeks.weeks()) {
            head.addHeaderCell().setText(getTranslation("overdue.week", week.number(),
                    DAY.format(week.monday()), DAY.format(week.sunday())));
        }
        head.addHeaderCell().setText(getTranslation("overdue.column.total"));
        for (OverdueWeeks.UnitCounts unit : weeks.units()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("overdue-week-row");
            row.getElement().setAttribute("data-unit", unit.unitName());
            ControlSlipParts.cell(row, "overdue-week-unit",
                    unit.isUnassigned() ? getTranslation("overdue.unassigned") : unit.unitName());
            unit.counts().forEach(count -> ControlSlipParts.cell(row, "overdue-week-count", String.valueOf(count)));
            ControlSlipParts.cell(row, "overdue-week-total", String.valueOf(unit.total()));
        }
        return table;
    }

    private static Span note(String className, String text) {
        Span note = new Span(text);
        note.addClassName(className);
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overdue.title");
    }
}
