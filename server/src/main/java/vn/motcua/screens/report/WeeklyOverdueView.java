package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
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
import java.util.Locale;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportTable;
import vn.motcua.report.OverdueWeeklyTable;
import vn.motcua.security.Accounts;

/**
 * The weekly count of overdue dossiers per unit (seed 002) for the weeks of a month, and its files: a manager sees
 * every unit and the unassigned, a head of unit their unit. The address holds the month (?thang=2026-11).
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/tuan")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/reports.css")
public class WeeklyOverdueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MONTHS_OFFERED = 24;

    private final OverdueWeeklyTable table;
    private final CenterTime time;
    private final DossierScope scope;
    private final Select<YearMonth> month = new Select<>();
    private final Div result = new Div();

    public WeeklyOverdueView(OverdueWeeklyTable table, Dossiers dossiers, CenterTime time) {
        this.table = table;
        this.time = time;
        this.scope = Index766Screen.scopeOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "reports");
        month.setId("weekly-month");
        month.setLabel(getTranslation("weekly.month"));
        month.setItems(months(YearMonth.from(time.today())));
        month.setItemLabelGenerator(each -> getTranslation("index766.period.month", each.getMonthValue(),
                String.valueOf(each.getYear())));
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(WeeklyOverdueView.class,
                        QueryParameters.of("thang", change.getValue().toString())));
            }
        });
        result.setId("weekly-result");
        add(new H1(getTranslation("weekly.title")), month, result);
    }

    /** This month and the ones before it, the newest first. */
    static List<YearMonth> months(YearMonth now) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        return months;
    }

    /** The month the address asks for, when it is one of those offered; else this month. */
    static YearMonth chosen(BeforeEnterEvent event, List<YearMonth> offered) {
        return event.getLocation().getQueryParameters().getSingleParameter("thang").flatMap(text -> {
            try {
                return Optional.of(YearMonth.parse(text));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        }).filter(offered::contains).orElse(offered.getFirst());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth chosen = chosen(event, month.getListDataView().getItems().toList());
        month.setValue(chosen);
        result.removeAll();
        Locale locale = getLocale() == null ? Locale.ROOT : getLocale();
        ReportTable report = table.of(scope, chosen, locale);
        Div files = new Div();
        files.setId("weekly-downloads");
        files.addClassName("report-downloads");
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            files.add(DailyView.link("weekly-" + extension, DailyDownloads.WEEKLY + chosen + "." + extension,
                    getTranslation("weekly.download." + extension)));
        }
        result.add(files, new ReportSectionTable("weekly-table", report.sections().getFirst(), locale));
        report.notes().forEach(note -> result.add(new Div(new Span(note))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("weekly.title");
    }
}
