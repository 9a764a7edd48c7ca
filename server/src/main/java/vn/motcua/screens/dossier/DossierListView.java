package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.DossierList;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * A unit's open dossiers, due soonest first, with what needs acting on said in words: late, due within 24 hours, a
 * province date that differs from the calendar's. An officer or a unit head sees their own unit; a manager or an
 * administrator chooses a unit or all. The grid reads a page at a time, so 10^5 dossiers scroll without loading.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so")
@StyleSheet("styles/admin.css")
public class DossierListView extends Div implements HasDynamicTitle {

    /** A unit to choose, or every unit (id null). */
    record UnitChoice(Long id, String name) {
    }

    private final DossierList list;
    private final CenterTime time;
    private final DossierDetail detail;
    private final Grid<DossierLine> grid = new Grid<>();
    private final Span none = new Span();
    private final DossierWords words = new DossierWords(this::getTranslation);
    private DossierScope scope;

    public DossierListView(DossierList list, Dossiers dossiers, Officers officers, CenterTime time,
            DossierDetail detail) {
        this.list = list;
        this.time = time;
        this.detail = detail;
        addClassNames("admin", "dossiers");
        add(new H1(getTranslation("dossiers.title")));
        SignedInUser user = Accounts.current().orElseThrow();
        boolean everyUnit = StaffScope.seesEveryUnit(user);
        scope = StaffScope.of(dossiers, user);
        add(everyUnit ? unitChoice(officers) : ownUnit(officers));
        none.setId("dossiers-none");
        none.addClassName("dossiers-none");
        grid.setId("dossiers");
        columns();
        grid.addItemClickListener(click -> detail.open(click.getItem().code(), scope));
        add(none, grid);
        show();
    }

    private Component unitChoice(Officers officers) {
        List<UnitChoice> choices = new ArrayList<>();
        choices.add(new UnitChoice(null, getTranslation("dossiers.every-unit")));
        officers.units().forEach(unit -> choices.add(new UnitChoice(unit.getId(), unit.getName())));
        ComboBox<UnitChoice> units = new ComboBox<>(getTranslation("dossiers.unit"), choices);
        units.setId("dossiers-unit");
        units.setItemLabelGenerator(UnitChoice::name);
        units.setValue(choices.getFirst());
        units.setWidth("360px");
        units.addValueChangeListener(change -> {
            UnitChoice chosen = change.getValue() == null ? choices.getFirst() : change.getValue();
            scope = chosen.id() == null ? DossierScope.everyUnit() : DossierScope.unit(chosen.id());
            show();
        });
        Div form = new Div(units);
        form.addClassName("admin-form");
        return form;
    }

    private Component ownUnit(Officers officers) {
        String name = Optional.ofNullable(scope.unitId()).flatMap(officers::unit).map(Unit::getName)
                .orElse(getTranslation("dossiers.no-unit"));
        Span unit = new Span(getTranslation("dossiers.unit") + ": " + name);
        unit.setId("dossiers-own-unit");
        unit.addClassName("dossiers-own-unit");
        return unit;
    }

    private void columns() {
        grid.addColumn(DossierLine::code).setHeader(getTranslation("dossiers.code")).setWidth("145px")
                .setFlexGrow(0);
        grid.addColumn(line -> line.procedureName() != null ? line.procedureName() : line.procedureCode())
                .setHeader(getTranslation("dossiers.procedure")).setWidth("200px").setFlexGrow(3);
        grid.addColumn(DossierLine::ownerName).setHeader(getTranslation("dossiers.owner")).setWidth("140px")
                .setFlexGrow(1);
        grid.addColumn(line -> getTranslation("dossier.status." + line.status().name()))
                .setHeader(getTranslation("dossiers.status")).setWidth("125px").setFlexGrow(0);
        grid.addColumn(line -> DossierWords.when(line.receivedAt())).setHeader(getTranslation("dossiers.received"))
                .setWidth("115px").setFlexGrow(0);
        grid.addColumn(line -> DossierWords.when(line.dueAt())).setHeader(getTranslation("dossiers.due"))
                .setWidth("115px").setFlexGrow(0);
        grid.addColumn(line -> line.holderName() == null ? "" : line.holderName())
                .setHeader(getTranslation("dossiers.holder")).setWidth("150px").setFlexGrow(1);
        grid.addColumn(this::held).setHeader(getTranslation("dossiers.held")).setWidth("160px").setFlexGrow(0);
        // Procedure names and the holder's time run long: cells wrap rather than hide them behind a scroll bar.
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("dossiers.flags")).setWidth("150px")
                .setFlexGrow(2);
        grid.setPartNameGenerator(line -> line.overdue(time.now()) ? "dossier-overdue"
                : line.dueSoon(time.now()) ? "dossier-due-soon" : null);
    }

    /** "23/11/2026 09:00 · 2 giờ 15 phút": since when the holder has it, and for how long by now. */
    private String held(DossierLine line) {
        return line.heldSince() == null ? ""
                : DossierWords.when(line.heldSince()) + " · " + words.duration(line.heldFor(time.now()));
    }

    private Component flags(DossierLine line) {
        Div flags = new Div();
        flags.addClassName("dossier-flags");
        words.flags(line, time.now()).forEach(flags::add);
        return flags;
    }

    /** Reads only what the grid shows: each scroll asks for the next page of the scope's open dossiers. */
    private void show() {
        DossierFilter filter = DossierFilter.open(scope);
        boolean empty = list.page(filter, 0, 1).isEmpty();
        none.setText(scope.unitId() == null && !scope.allUnits() ? getTranslation("dossiers.no-unit")
                : getTranslation("dossiers.none"));
        none.setVisible(empty);
        grid.setVisible(!empty);
        grid.setItems(query -> list.page(filter, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossiers.title");
    }
}
