package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.ReportPeriod;
import vn.motcua.security.Accounts;

/**
 * The quarterly report: each figure of the monthly report with the quarter's three months side by side and the
 * quarter as a whole. The address holds the quarter (?quy=2026-Q4).
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/quy")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/monthly.css")
public class QuarterlyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int QUARTERS_OFFERED = 8;

    private final MonthlyReports reports;
    private final CenterTime time;
    private final Optional<Long> unit;
    private final Select<String> quarter = new Select<>();
    private final Div result = new Div();

    public QuarterlyReportView(MonthlyReports reports, Dossiers dossiers, CenterTime time) {
        this.reports = reports;
        this.time = time;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "monthly");
        YearMonth now = YearMonth.from(time.today());
        List<String> quarters = new ArrayList<>();
        for (int back = 0; back < QUARTERS_OFFERED; back++) {
            quarters.add(MonthlyReports.quarterCode(ReportPeriod.quarter(now.minusMonths(3L * back))));
        }
        quarter.setId("quarterly-quarter");
        quarter.setLabel(getTranslation("monthly.quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(code -> reports.periodName(MonthlyReports.quarterOf(code).orElseThrow(),
                getLocale()));
        quarter.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(QuarterlyReportView.class,
                        QueryParameters.of("quy", change.getValue())));
            }
        });
        result.setId("quarterly-result");
        add(new H1(getTranslation("monthly.quarter.title")), quarter, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> offered = quarter.getListDataView().getItems().toList();
        String chosen = event.getLocation().getQueryParameters().getSingleParameter("quy")
                .flatMap(MonthlyReports::quarterOf).map(MonthlyReports::quarterCode).filter(offered::contains)
                .orElse(offered.get(0));
        quarter.setValue(chosen);
        ReportPeriod period = MonthlyReports.quarterOf(chosen).orElseThrow();
        result.removeAll();
        result.add(MonthlyReportView.downloads(MonthlyDownloads.QUARTERLY, chosen, "quarterly"),
                new ReportTableView("quarterly-table", reports.quarterTable(period.month(), unit, getLocale()),
                        getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monthly.quarter.title");
    }
}
