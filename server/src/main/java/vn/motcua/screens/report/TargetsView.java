package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.Locale;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.MonthlyReports;
import vn.motcua.report.ReportPeriod;
import vn.motcua.report.Target;
import vn.motcua.report.TargetTable;
import vn.motcua.security.Accounts;

/**
 * The directives' targets for a month or a quarter: each with its goal, value, figures and result in words (Đạt,
 * Không đạt, Chưa ghi nhận ở đây) with a mark, never a colour alone. The address holds the period (?ky=2026-11 or
 * ?ky=2026-Q4).
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/chi-tieu")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/monthly.css")
public class TargetsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MONTHS_OFFERED = 12;
    private static final int QUARTERS_OFFERED = 4;

    private final MonthlyReports reports;
    private final TargetTable words;
    private final Optional<Long> unit;
    private final Select<String> period = new Select<>();
    private final Div result = new Div();

    public TargetsView(MonthlyReports reports, TargetTable words, Dossiers dossiers, CenterTime time) {
        this.reports = reports;
        this.words = words;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "monthly");
        YearMonth now = YearMonth.from(time.today());
        List<String> periods = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            periods.add(now.minusMonths(back).toString());
        }
        for (int back = 0; back < QUARTERS_OFFERED; back++) {
            periods.add(MonthlyReports.quarterCode(ReportPeriod.quarter(now.minusMonths(3L * back))));
        }
        period.setId("targets-period");
        period.setLabel(getTranslation("targets.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(code -> reports.periodName(periodOf(code), getLocale()));
        period.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TargetsView.class, QueryParameters.of("ky", change.getValue())));
            }
        });
        result.setId("targets-result");
        add(new H1(getTranslation("targets.title")), period, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> offered = period.getListDataView().getItems().toList();
        String chosen = event.getLocation().getQueryParameters().getSingleParameter("ky")
                .map(text -> text.toUpperCase(Locale.ROOT)).filter(offered::contains).orElse(offered.get(0));
        period.setValue(chosen);
        ReportPeriod shown = periodOf(chosen);
        result.removeAll();
        result.add(new Span(reports.groupName(unit)),
                MonthlyReportView.downloads(MonthlyDownloads.TARGETS, chosen, "targets"), table(shown));
        result.add(new Paragraph(getTranslation("targets.file.note.year-earlier")),
                new Paragraph(getTranslation("targets.file.note.source")));
    }

    private Div table(ReportPeriod shown) {
        NativeTable table = new NativeTable();
        table.setId("targets-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of("targets.target", "targets.goal", "targets.value", "targets.counts",
                "targets.result", "targets.source")) {
            head.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        NativeTableBody body = new NativeTableBody();
        for (Target target : reports.targets(shown, unit)) {
            Span result = new Span(mark(target.status()) + " " + words.result(target, getLocale()));
            result.addClassNames("target-result", "target-" + target.status().name());
            NativeTableCell value = new NativeTableCell(target.value()
                    .map(each -> String.format(getLocale(), "%.1f%%", each)).orElse("—"));
            value.addClassName("report-number");
            NativeTableRow line = new NativeTableRow(new NativeTableCell(words.name(target, getLocale())),
                    new NativeTableCell(getTranslation("targets.goal." + target.code().name())), value,
                    new NativeTableCell(words.counts(target, getLocale())), new NativeTableCell(result),
                    new NativeTableCell(getTranslation("targets.source." + target.code().name())));
            line.getElement().setAttribute("data-target", target.code().name());
            line.getElement().setAttribute("data-status", target.status().name());
            body.add(line);
        }
        table.add(new NativeTableHeader(head), body);
        Div wrap = new Div(table);
        wrap.addClassNames("report-table", "report-scroll");
        return wrap;
    }

    /** A mark beside the words, so the result reads without colour too. */
    private static String mark(Target.Status status) {
        return switch (status) {
            case MET -> "✔";
            case NOT_MET -> "✘";
            default -> "–";
        };
    }

    private static ReportPeriod periodOf(String code) {
        return MonthlyReports.quarterOf(code).orElseGet(() -> ReportPeriod.month(YearMonth.parse(code)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }
}
