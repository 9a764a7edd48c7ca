package vn.motcua.screens.report;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.ReportCharts;
import vn.motcua.security.Accounts;

/**
 * The manager's one place for reports: a link to every report screen there is, and the two charts of a month (the
 * satisfied share day by day, the on-time rate per unit), drawn on the server as SVG. The address holds the month.
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/reports.css")
public class ReportsHubView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportCharts charts;
    private final Optional<Long> unit;
    private final Select<YearMonth> month = new Select<>();
    private final Div chartBox = new Div();

    public ReportsHubView(ReportCharts charts, Dossiers dossiers, CenterTime time) {
        this.charts = charts;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "reports");
        UnorderedList links = new UnorderedList();
        links.setId("reports-links");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (ReportLink link : ReportLink.values()) {
            if (routes.getRoute(link.route).isPresent()) {
                Anchor anchor = new Anchor("/" + link.route, getTranslation(link.textKey));
                anchor.setId("reports-link-" + link.name().toLowerCase(Locale.ROOT));
                links.add(new ListItem(anchor));
            }
        }
        month.setId("reports-month");
        month.setLabel(getTranslation("reports.month"));
        month.setItems(WeeklyOverdueView.months(YearMonth.from(time.today())));
        month.setItemLabelGenerator(each -> getTranslation("index766.period.month", each.getMonthValue(),
                String.valueOf(each.getYear())));
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReportsHubView.class,
                        QueryParameters.of("thang", change.getValue().toString())));
            }
        });
        chartBox.setId("reports-charts");
        add(new H1(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")),
                new H2(getTranslation("reports.list")), links, new H2(getTranslation("reports.charts")), month,
                chartBox);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth chosen = WeeklyOverdueView.chosen(event, month.getListDataView().getItems().toList());
        month.setValue(chosen);
        Locale locale = getLocale() == null ? Locale.ROOT : getLocale();
        chartBox.removeAll();
        // Html puts its root element into the page as is and the rest through innerHTML: the SVG must sit inside a
        // plain element, or the browser creates its parts outside the SVG namespace and draws nothing.
        chartBox.add(new Html("<div class=\"report-chart-box\">" + charts.satisfactionTrend(chosen, locale)
                + "</div>"));
        chartBox.add(new Html("<div class=\"report-chart-box\">" + charts.onTimeByUnit(chosen, unit, locale)
                + "</div>"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
