package vn.motcua.screens.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.DossierAlertsChanged;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.DossierList;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.LateDossiers;
import vn.motcua.live.LiveUpdates;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * A unit's open dossiers, due soonest first, with what needs acting on said in words: late (and who answers for it),
 * late at a step, due within the center's warning hours, a province date that differs from the calendar's; or, with
 * the filter, only the late and due-soon lines the watch recorded. An officer or a unit head sees their own unit; a
 * manager or an administrator chooses a unit or all, and sees the late dossiers no unit here answers for. The grid
 * reads a page at a time, so 10^5 dossiers scroll without loading; the watch's findings redraw it by push.
 */
@RolesAllowed({"OFFICER", "UNIT_HEAD", "MANAGER", "ADMIN"})
@Route("ho-so")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/late-dossiers.css")
public class DossierListView extends Div implements HasDynamicTitle {

    /** A unit to choose, or every unit (id null). */
    record UnitChoice(Long id, String name) {
    }

    private final DossierList list;
    private final LateDossiers lateDossiers;
    private final CenterSettings settings;
    private final CenterTime time;
    private final DossierDetail detail;
    private final Grid<DossierLine> grid = new Grid<>();
    private final LateAlertsGrid alerts;
    private final RadioButtonGroup<Boolean> onlyAlerts = new RadioButtonGroup<>();
    private final Span none = new Span();
    private final Span unassigned = new Span();
    private final DossierWords words = new DossierWords(this::getTranslation);
    /** Read by the live updates' filter on their thread too. */
    private volatile DossierScope scope;
    private LateFlags flags;

    public DossierListView(DossierList list, Dossiers dossiers, LateDossiers lateDossiers, Officers officers,
            CenterSettings settings, CenterTime time, DossierDetail detail, LiveUpdates live) {
        this.list = list;
        this.lateDossiers = lateDossiers;
        this.settings = settings;
        this.time = time;
        this.detail = detail;
        addClassNames("admin", "dossiers");
        add(new H1(getTranslation("dossiers.title")));
        SignedInUser user = Accounts.current().orElseThrow();
        boolean everyUnit = StaffScope.seesEveryUnit(user);
        scope = StaffScope.of(dossiers, user);
        Div form = new Div(everyUnit ? unitChoice(officers) : ownUnit(officers), alertFilter());
        form.addClassName("admin-form");
        add(form);
        none.setId("dossiers-none");
        none.addClassName("dossiers-none");
        unassigned.setId("dossiers-unassigned");
        unassigned.addClassNames("dossier-flag", "dossier-flag-overdue", "dossiers-unassigned");
        grid.setId("dossiers");
        columns();
        grid.addItemClickListener(click -> detail.open(click.getItem().code(), scope));
        alerts = new LateAlertsGrid(this::getTranslation, code -> detail.open(code, scope));
        add(unassigned, none, grid, alerts);
        live.redrawWhileAttached(this, DossierAlertsChanged.class, this::concerns, this::show);
        show();
    }

    /** The watch's findings for the unit shown, or for any unit when every unit is shown (or it names none). */
    private boolean concerns(DossierAlertsChanged changed) {
        DossierScope shown = scope;
        return shown.allUnits() || changed.unitIds().isEmpty()
                || shown.unitId() != null && changed.unitIds().contains(shown.unitId());
    }

    private Component alertFilter() {
        onlyAlerts.setId("dossiers-filter");
        onlyAlerts.setItems(false, true);
        onlyAlerts.setItemLabelGenerator(only -> getTranslation(only ? "dossiers.filter.alerts" : "dossiers.filter.all"));
        onlyAlerts.setValue(false);
        onlyAlerts.addValueChangeListener(change -> show());
        return onlyAlerts;
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
        return units;
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
        grid.setPartNameGenerator(line -> flags.partName(line));
    }

    /** "23/11/2026 09:00 · 2 giờ 15 phút": since when the holder has it, and for how long by now. */
    private String held(DossierLine line) {
        return line.heldSince() == null ? ""
                : DossierWords.when(line.heldSince()) + " · " + words.duration(line.heldFor(time.now()));
    }

    private Component flags(DossierLine line) {
        Div flags = new Div();
        flags.addClassName("dossier-flags");
        this.flags.flags(line).forEach(flags::add);
        return flags;
    }

    /**
     * Reads only what the grid shows: each scroll asks for the next page of the scope's open dossiers; the late and
     * due-soon lines, far fewer, are read whole for the flags.
     */
    private void show() {
        DossierScope shown = scope;
        List<AlertLine> late = lateDossiers.late(shown);
        List<AlertLine> dueSoon = lateDossiers.dueSoon(shown);
        flags = new LateFlags(Stream.concat(late.stream(), dueSoon.stream()).toList(),
                this::getTranslation, time.now(), settings.current().get(CenterSettings.Setting.WARNING_HOURS));
        long nobodys = late.stream().filter(line -> line.late().filter(AlertLine.Late::unassigned).isPresent())
                .map(AlertLine::code).distinct().count();
        unassigned.setText(getTranslation("dossiers.unassigned", nobodys));
        unassigned.setVisible(shown.allUnits() && nobodys > 0);
        boolean only = Boolean.TRUE.equals(onlyAlerts.getValue());
        DossierFilter filter = DossierFilter.open(shown);
        boolean empty = only ? late.isEmpty() && dueSoon.isEmpty() : list.page(filter, 0, 1).isEmpty();
        none.setText(shown.unitId() == null && !shown.allUnits() ? getTranslation("dossiers.no-unit")
                : getTranslation(only ? "dossiers.alerts.none" : "dossiers.none"));
        none.setVisible(empty);
        grid.setVisible(!empty && !only);
        alerts.setVisible(!empty && only);
        if (only) {
            alerts.show(late, dueSoon, flags);
        } else {
            grid.setItems(query -> list.page(filter, query.getOffset(), query.getLimit()).stream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossiers.title");
    }
}
