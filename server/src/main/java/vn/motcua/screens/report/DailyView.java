package vn.motcua.screens.report;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.forms.ReportTable;
import vn.motcua.report.DailyTable;
import vn.motcua.security.Accounts;

/**
 * The daily report for the center's leaders: a day's visitors, waits, service times and ratings for the center, per
 * counter and per officer (a head of unit sees their unit's officers), and its files, with the month's days as files
 * too. The address holds the day (?ngay=2026-11-24), so a day can be sent as a link.
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/ngay")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/reports.css")
public class DailyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DailyTable table;
    private final CenterTime time;
    private final Optional<Long> unit;
    private final DatePicker day = new DatePicker();
    private final Div result = new Div();

    public DailyView(DailyTable table, Dossiers dossiers, CenterTime time) {
        this.table = table;
        this.time = time;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "reports");
        day.setId("daily-day");
        day.setLabel(getTranslation("daily.day"));
        day.setLocale(Locale.forLanguageTag("vi-VN"));
        day.setMin(LocalDate.of(2000, 1, 1));
        day.setMax(time.today());
        day.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DailyView.class,
                        QueryParameters.of("ngay", change.getValue().toString())));
            }
        });
        result.setId("daily-result");
        add(new H1(getTranslation("daily.title")), day, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = time.today();
        LocalDate chosen = event.getLocation().getQueryParameters().getSingleParameter("ngay").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        }).filter(asked -> !asked.isAfter(today) && asked.getYear() >= 2000).orElse(today);
        day.setValue(chosen);
        show(chosen);
    }

    private void show(LocalDate chosen) {
        result.removeAll();
        Locale locale = getLocale() == null ? Locale.ROOT : getLocale();
        ReportTable report = table.day(chosen, unit, locale);
        result.add(downloads(chosen));
        List<String> ids = List.of("daily-center", "daily-counters", "daily-officers");
        List<String> headings = List.of("daily.center", "daily.counters",
                unit.isPresent() ? "daily.officers.unit" : "daily.officers");
        for (int index = 0; index < ids.size(); index++) {
            result.add(new H2(getTranslation(headings.get(index))),
                    new ReportSectionTable(ids.get(index), report.sections().get(index), locale));
        }
        if (report.sections().get(2).rows().isEmpty()) {
            Span none = new Span(getTranslation("daily.none"));
            none.setId("daily-none");
            result.add(none);
        }
        report.notes().forEach(note -> result.add(new Div(new Span(note))));
    }

    private Div downloads(LocalDate chosen) {
        Div files = new Div();
        files.setId("daily-downloads");
        files.addClassName("report-downloads");
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            files.add(link("daily-" + extension, DailyDownloads.DAILY + chosen + "." + extension,
                    getTranslation("daily.download." + extension)));
        }
        YearMonth month = YearMonth.from(chosen);
        files.add(new Span(getTranslation("daily.download.month", month.getMonthValue(),
                String.valueOf(month.getYear()))));
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            files.add(link("daily-month-" + extension, DailyDownloads.DAILY + month + "." + extension,
                    extension.toUpperCase(Locale.ROOT)));
        }
        return files;
    }

    static Anchor link(String id, String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setTarget(AnchorTarget.BLANK);
        link.setId(id);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("daily.title");
    }
}
