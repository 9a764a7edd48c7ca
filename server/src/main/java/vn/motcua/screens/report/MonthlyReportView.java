package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.MonthlyReports;
import vn.motcua.security.Accounts;

/**
 * The monthly report to the chairperson (seed 002) for the center's leaders, a head of unit seeing their unit: the
 * dossiers, the counters and ratings, and the units classified by overdue and returns, as the files carry them. The
 * address holds the month (?thang=2026-11).
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/thang")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/monthly.css")
public class MonthlyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MONTHS_OFFERED = 24;

    private final MonthlyReports reports;
    private final CenterTime time;
    private final Optional<Long> unit;
    private final Select<YearMonth> month = new Select<>();
    private final Div result = new Div();

    public MonthlyReportView(MonthlyReports reports, Dossiers dossiers, CenterTime time) {
        this.reports = reports;
        this.time = time;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "monthly");
        YearMonth now = YearMonth.from(time.today());
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        month.setId("monthly-month");
        month.setLabel(getTranslation("monthly.month"));
        month.setItems(months);
        month.setItemLabelGenerator(each -> getTranslation("monthly.period.month", each.getMonthValue(),
                String.valueOf(each.getYear())));
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(MonthlyReportView.class,
                        QueryParameters.of("thang", change.getValue().toString())));
            }
        });
        result.setId("monthly-result");
        add(new H1(getTranslation("monthly.title")), month, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth today = YearMonth.from(time.today());
        YearMonth chosen = event.getLocation().getQueryParameters().getSingleParameter("thang")
                .flatMap(MonthlyReportView::month).filter(month.getListDataView().getItems().toList()::contains)
                .orElse(today);
        month.setValue(chosen);
        result.removeAll();
        if (chosen.equals(today)) {
            Span running = new Span(getTranslation("monthly.running"));
            running.addClassName("monthly-running");
            result.add(running);
        }
        result.add(downloads(MonthlyDownloads.MONTHLY, chosen.toString(), "monthly"),
                new ReportTableView("monthly-table", reports.monthTable(chosen, unit, getLocale()), getLocale()));
    }

    /** The three files' links, ids {@code <prefix>-xlsx} and so on. */
    static Div downloads(String path, String name, String prefix) {
        Div files = new Div();
        files.addClassName("monthly-downloads");
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            Anchor link = new Anchor(path + name + "." + extension,
                    files.getTranslation("monthly.download." + extension));
            link.setTarget(AnchorTarget.BLANK);
            link.setId(prefix + "-" + extension);
            files.add(link);
        }
        return files;
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monthly.title");
    }
}
