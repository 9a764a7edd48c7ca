package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.report.RankingBoard;
import vn.motcua.report.RankingCriterion;
import vn.motcua.report.RankingPeriods;
import vn.motcua.report.Rankings;
import vn.motcua.report.RankingsTable;
import vn.motcua.report.ReportPeriod;

/**
 * Rankings of units and officers for a month or a quarter (seed 003), per criterion, each line with its movement
 * since the period before; the three files to download. The address holds the period (?ky=2026-11, ?ky=2026-Q4).
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/xep-hang")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/rankings.css")
public class RankingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MONTHS_OFFERED = 12;
    private static final int QUARTERS_OFFERED = 6;

    private final Rankings rankings;
    private final RankingsTable table;
    private final CenterTime time;
    private final Select<ReportPeriod> period = new Select<>();
    private final Div result = new Div();

    public RankingsView(Rankings rankings, RankingsTable table, CenterTime time) {
        this.rankings = rankings;
        this.table = table;
        this.time = time;
        addClassNames("admin", "rankings");
        YearMonth now = YearMonth.from(time.today());
        List<ReportPeriod> periods = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            periods.add(ReportPeriod.month(now.minusMonths(back)));
        }
        for (int back = 0; back < QUARTERS_OFFERED; back++) {
            periods.add(ReportPeriod.quarter(now.minusMonths(3L * back)));
        }
        period.setId("rankings-period");
        period.setLabel(getTranslation("rankings.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(table::period);
        period.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RankingsView.class,
                        QueryParameters.of("ky", RankingPeriods.name(change.getValue()))));
            }
        });
        result.setId("rankings-result");
        add(new H1(getTranslation("rankings.title")), period, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportPeriod lastMonth = ReportPeriod.month(YearMonth.from(time.today()).minusMonths(1));
        ReportPeriod chosen = event.getLocation().getQueryParameters().getSingleParameter("ky").flatMap(text -> {
            try {
                return Optional.of(RankingPeriods.parse(text));
            } catch (Refusal malformed) {
                return Optional.empty();
            }
        }).filter(period.getListDataView().getItems().toList()::contains).orElse(lastMonth);
        period.setValue(chosen);
        show(chosen);
    }

    private void show(ReportPeriod chosen) {
        result.removeAll();
        RankingBoard board = rankings.of(chosen);
        if (time.now().isBefore(chosen.to())) {
            Paragraph running = new Paragraph(getTranslation("rankings.running"));
            running.setId("rankings-running");
            result.add(running);
        }
        Paragraph notes = new Paragraph(getTranslation("rankings.previous", table.period(board.previous())) + " "
                + getTranslation("public.minimum", Rankings.MINIMUM));
        notes.addClassName("rankings-notes");
        result.add(notes, downloads(chosen));
        for (RankingCriterion criterion : RankingCriterion.values()) {
            Div both = new Div(
                    new Div(new H3(getTranslation("rankings.units")), new RankingTable(this, "rankings-units-"
                            + criterion.name(), criterion, board.units().get(criterion), false, true)),
                    new Div(new H3(getTranslation("rankings.officers")), new RankingTable(this,
                            "rankings-officers-" + criterion.name(), criterion, board.officers().get(criterion), true,
                            true)));
            both.addClassName("rankings-pair");
            result.add(new H2(getTranslation("rankings.criterion." + criterion.name())), both);
        }
    }

    private Div downloads(ReportPeriod chosen) {
        Div files = new Div();
        files.setId("rankings-downloads");
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            Anchor link = new Anchor(RankingsDownloads.PATH + RankingPeriods.name(chosen) + "." + extension,
                    getTranslation("rankings.download." + extension));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("rankings-" + extension);
            files.add(link);
        }
        return files;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rankings.title");
    }
}
