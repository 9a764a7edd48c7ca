package vn.motcua.screens.report;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.Dossiers;
import vn.motcua.report.Index766;
import vn.motcua.report.Index766.Code;
import vn.motcua.report.Index766.Indicator;
import vn.motcua.report.Index766Drill;
import vn.motcua.report.Index766Figures;
import vn.motcua.report.ReportPeriod;
import vn.motcua.security.Accounts;

/**
 * The 766 index of a month for the center's leaders (a head of unit sees their unit): the six indicators as cards,
 * red under their full mark, the units' rates and scores; a figure opens the dossiers that cost points. The address
 * holds the month (?thang=2026-11), so a month can be sent as a link.
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("bao-cao/chi-so-766")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/index766.css")
public class Index766View extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MONTHS_OFFERED = 24;

    private final Index766Figures figures;
    private final Index766Drill drill;
    private final CenterTime time;
    private final Optional<Long> unit;
    private final Select<YearMonth> month = new Select<>();
    private final Div result = new Div();

    public Index766View(Index766Figures figures, Index766Drill drill, Dossiers dossiers, CenterTime time) {
        this.figures = figures;
        this.drill = drill;
        this.time = time;
        this.unit = Index766Screen.unitOf(Accounts.current().orElseThrow(), dossiers);
        addClassNames("admin", "index766");
        YearMonth now = YearMonth.from(time.today());
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            months.add(now.minusMonths(back));
        }
        month.setId("index766-month");
        month.setLabel(getTranslation("index766.month"));
        month.setItems(months);
        month.setItemLabelGenerator(each -> each.equals(now) ? getTranslation("index766.this-month")
                : getTranslation("index766.period.month", each.getMonthValue(), String.valueOf(each.getYear())));
        month.setValue(now);
        month.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(Index766View.class,
                        com.vaadin.flow.router.QueryParameters.of("thang", change.getValue().toString())));
            }
        });
        RouterLink how = new RouterLink(getTranslation("index766.how"), Index766HowView.class);
        how.setId("index766-how");
        result.setId("index766-result");
        add(new H1(getTranslation("index766.title")), new Div(month, how), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth chosen = event.getLocation().getQueryParameters().getSingleParameter("thang").flatMap(text -> {
            try {
                return Optional.of(YearMonth.parse(text));
            } catch (DateTimeParseException malformed) {
                return Optional.empty();
            }
        }).filter(month.getListDataView().getItems().toList()::contains).orElse(YearMonth.from(time.today()));
        month.setValue(chosen);
        show(ReportPeriod.month(chosen));
    }

    private void show(ReportPeriod period) {
        result.removeAll();
        Index766 group = unit.map(id -> figures.unit(period, id)).orElseGet(() -> figures.center(period));
        Span name = new Span(group.groupName());
        name.setId("index766-group");
        Span score = new Span(group.score().map(value -> getTranslation("index766.score", number(value)))
                .orElse(getTranslation("index766.score.none")));
        score.setId("index766-score");
        score.addClassName("index766-score");
        result.add(new Div(name, score));
        if (time.now().isBefore(period.to())) {
            Span running = new Span(getTranslation("index766.running"));
            running.setId("index766-running");
            result.add(running);
        }
        Div cards = new Div();
        cards.setId("index766-cards");
        group.indicators().forEach(each -> cards.add(card(period, each)));
        result.add(cards, downloads(period));
        if (unit.isEmpty()) {
            result.add(new H2(getTranslation("index766.units")), units(period, figures.units(period)));
        }
    }

    private Div card(ReportPeriod period, Indicator indicator) {
        Div card = new Div();
        card.setId("index766-card-" + indicator.code().name());
        card.addClassName("index766-card");
        card.getElement().setAttribute("data-percent", indicator.percent().map(String::valueOf).orElse(""));
        if (indicator.percent().isPresent() && indicator.points() < indicator.max()) {
            card.addClassName("index766-low");
        }
        Span title = new Span(getTranslation("index766.code." + indicator.code().name()));
        title.addClassName("index766-card-title");
        Span rate = new Span(indicator.percent().map(this::percent).orElse(getTranslation("index766.no-data")));
        rate.addClassName("index766-card-rate");
        Span points = new Span(getTranslation("index766.points", number(indicator.points()),
                number(indicator.max())));
        points.addClassName("index766-card-points");
        Span full = new Span(getTranslation("index766.full-at", number(indicator.fullAt())));
        full.addClassName("index766-card-full");
        card.add(title, rate, points, full);
        if (indicator.estimate()) {
            Span estimate = new Span(getTranslation("index766.estimate"));
            estimate.addClassName("index766-estimate");
            card.add(estimate);
        }
        card.addClickListener(click -> openDrill(period, indicator.code(), unit));
        return card;
    }

    private NativeTable units(ReportPeriod period, List<Index766> rows) {
        NativeTable table = new NativeTable();
        table.setId("index766-units");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("index766.unit")));
        for (Code code : Code.values()) {
            head.add(new NativeTableHeaderCell(getTranslation("index766.code." + code.name())));
        }
        head.add(new NativeTableHeaderCell(getTranslation("index766.total")));
        NativeTableBody body = new NativeTableBody();
        for (Index766 row : rows) {
            NativeTableRow line = new NativeTableRow(new NativeTableCell(row.groupName()));
            line.getElement().setAttribute("data-unit", row.groupName());
            for (Indicator each : row.indicators()) {
                Span rate = new Span(each.percent().map(this::percent).orElse("—"));
                rate.addClassName("index766-rate");
                rate.getElement().setAttribute("data-code", each.code().name());
                if (each.percent().isPresent() && each.points() < each.max()) {
                    rate.addClassName("index766-low");
                }
                rate.addClickListener(click -> openDrill(period, each.code(), row.groupId()));
                line.add(new NativeTableCell(rate));
            }
            line.add(new NativeTableCell(row.score().map(this::number).orElse("—")));
            body.add(line);
        }
        table.add(new NativeTableHeader(head), body);
        return table;
    }

    private Div downloads(ReportPeriod period) {
        Div files = new Div();
        files.setId("index766-downloads");
        for (String extension : List.of("xlsx", "csv", "pdf")) {
            Anchor link = new Anchor(Index766Downloads.PATH + period.month() + "." + extension,
                    getTranslation("index766.download." + extension));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("index766-" + extension);
            files.add(link);
        }
        return files;
    }

    private void openDrill(ReportPeriod period, Code code, Optional<Long> unitId) {
        new Index766DrillDialog(this::getTranslation).open(drill.dossiers(period, code, unitId));
    }

    private String percent(double value) {
        return number(value) + "%";
    }

    private String number(double value) {
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index766.title");
    }
}
