package vn.motcua.screens.report;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.center.CenterTime;
import vn.motcua.officer.Officer;
import vn.motcua.rating.RatingLevel;
import vn.motcua.report.Scorecards.Figures;
import vn.motcua.report.Scorecards.Scorecard;
import vn.motcua.report.Scorecards;
import vn.motcua.report.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;

/**
 * An officer's scorecard for a day or a month (/scorecard?officer=CB02&day=2026-11-23, or &month=2026-11): what
 * the monthly evaluation of every officer rests on (seed 000, 003). The address holds the choice, so a
 * scorecard can be sent as a link.
 */
@RolesAllowed({"MANAGER", "UNIT_HEAD", "ADMIN"})
@Route("scorecard")
@StyleSheet("styles/live-board.css")
public class ScorecardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    /** How far back the month picker reaches. */
    private static final int MONTHS_OFFERED = 24;

    /** Whether the scorecard covers a day or a month. */
    enum PeriodKind {
        DAY, MONTH
    }

    private final Scorecards scorecards;
    private final CenterTime time;
    private final List<Officer> officers;
    private final ComboBox<Officer> officer = new ComboBox<>();
    private final RadioButtonGroup<PeriodKind> kind = new RadioButtonGroup<>();
    private final DatePicker day = new DatePicker();
    private final Select<YearMonth> month = new Select<>();
    private final Div result = new Div();
    /** True while the pickers are set from the address, so setting them does not navigate again. */
    private boolean fromAddress;

    public ScorecardView(Scorecards scorecards, CenterTime time) {
        this.scorecards = scorecards;
        this.time = time;
        this.officers = scorecards.officers();
        addClassName("scorecard");

        officer.setLabel(getTranslation("scorecard.officer"));
        officer.setItems(officers);
        officer.setItemLabelGenerator(o -> getTranslation("scorecard.officer.item", o.getFullName(), o.getCode(),
                o.getUnit().getName()));
        officer.setPlaceholder(getTranslation("scorecard.choose-officer"));
        officer.addClassName("scorecard-officer");

        kind.setLabel(getTranslation("scorecard.period"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("scorecard.period." + k.name().toLowerCase(Locale.ROOT)));
        kind.addClassName("scorecard-kind");

        day.setLabel(getTranslation("scorecard.day"));
        day.setI18n(datePickerI18n());
        day.setMax(time.today());
        day.addClassName("scorecard-day");

        month.setLabel(getTranslation("scorecard.month"));
        month.setItemLabelGenerator(MONTH::format);
        month.addClassName("scorecard-month");

        officer.addValueChangeListener(change -> choiceChanged());
        kind.addValueChangeListener(change -> choiceChanged());
        day.addValueChangeListener(change -> choiceChanged());
        month.addValueChangeListener(change -> choiceChanged());

        RouterLink back = new RouterLink(getTranslation("scorecard.back"), BoardView.class);
        back.addClassNames("board-tab", "scorecard-back");
        H1 title = new H1(getTranslation("scorecard.title"));
        Header header = new Header(title, back);
        header.addClassName("board-header");
        Div pickers = new Div(officer, kind, day, month);
        pickers.addClassName("scorecard-pickers");
        result.addClassName("scorecard-result");
        add(header, pickers, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = time.today();
        Optional<YearMonth> chosenMonth = first(query, "month").flatMap(ScorecardView::parseMonth);
        LocalDate chosenDay = first(query, "day").flatMap(ScorecardView::parseDay).orElse(today);
        fromAddress = true;
        try {
            officer.setValue(first(query, "officer").flatMap(code -> officers.stream()
                    .filter(o -> o.getCode().equalsIgnoreCase(code)).findFirst()).orElse(null));
            month.setItems(monthsUpTo(YearMonth.from(today), chosenMonth));
            month.setValue(chosenMonth.orElse(YearMonth.from(chosenDay)));
            day.setValue(chosenDay);
            kind.setValue(chosenMonth.isPresent() ? PeriodKind.MONTH : PeriodKind.DAY);
        } finally {
            fromAddress = false;
        }
        render();
    }

    /** A choice made on screen goes into the address, and the page follows the address. */
    private void choiceChanged() {
        if (fromAddress) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (officer.getValue() != null) {
            query.put("officer", officer.getValue().getCode());
        }
        if (kind.getValue() == PeriodKind.MONTH && month.getValue() != null) {
            query.put("month", month.getValue().toString());
        } else if (day.getValue() != null) {
            query.put("day", day.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate(ScorecardView.class, QueryParameters.simple(query)));
    }

    private void render() {
        boolean monthly = kind.getValue() == PeriodKind.MONTH;
        day.setVisible(!monthly);
        month.setVisible(monthly);
        result.removeAll();
        if (officer.getValue() == null) {
            Paragraph choose = new Paragraph(getTranslation("scorecard.choose-officer"));
            choose.addClassName("board-note");
            result.add(choose);
            return;
        }
        ReportPeriod period = monthly ? ReportPeriod.month(month.getValue()) : ReportPeriod.day(day.getValue());
        Scorecard card = scorecards.of(officer.getValue().getCode(), period);

        H2 who = new H2(getTranslation("scorecard.heading", card.officer().getFullName(), card.officer().getCode(),
                card.officer().getUnit().getName()));
        who.addClassName("scorecard-who");
        Span when = new Span(monthly ? getTranslation("scorecard.for-month", MONTH.format(period.month()))
                : getTranslation("scorecard.for-day", DAY.format(period.first())));
        when.addClassName("scorecard-when");

        Figures total = card.total();
        Div tiles = new Div(
                tile("served", getTranslation("scorecard.served"), String.valueOf(total.ticketsServed()), null),
                tile("wait", getTranslation("scorecard.average-wait"), BoardText.duration(this, total.averageWait()),
                        null),
                tile("service", getTranslation("scorecard.average-service"),
                        BoardText.duration(this, total.averageServiceTime()), null),
                tile("no-shows", getTranslation("scorecard.no-shows"), String.valueOf(total.noShows()), null),
                tile("transfers", getTranslation("scorecard.transfers"), String.valueOf(total.transfers()), null),
                tile("satisfaction " + BoardText.standingClass(total.satisfaction()),
                        getTranslation("scorecard.satisfaction"), BoardText.percent(this, total.satisfaction().percent()),
                        getTranslation("board.satisfaction.count", total.satisfaction().total()) + " · "
                                + BoardText.standing(this, total.satisfaction())));
        tiles.addClassName("scorecard-tiles");

        Div levels = new Div(new Span(getTranslation("scorecard.ratings")));
        levels.addClassName("scorecard-levels");
        long most = total.ratings().values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (Map.Entry<RatingLevel, Long> level : total.ratings().entrySet()) {
            Div bar = new Div();
            bar.addClassName("scorecard-bar");
            bar.getStyle().set("width", most == 0 ? "0" : (100 * level.getValue() / most) + "%");
            Div track = new Div(bar);
            track.addClassName("scorecard-track");
            Span count = new Span(String.valueOf(level.getValue()));
            count.addClassName("level-count");
            Div row = new Div(new Span(BoardText.level(this, level.getKey())), track, count);
            row.addClassNames("scorecard-level", level.getKey().isSatisfied() ? "satisfied" : "not-satisfied");
            row.getElement().setAttribute("data-level", level.getKey().name());
            levels.add(row);
        }
        Div summary = new Div(tiles, levels);
        summary.addClassName("scorecard-summary");
        result.add(who, when, summary);
        if (monthly) {
            result.add(new ScorecardDays(card.days()));
        }
        Paragraph notes = new Paragraph(getTranslation("scorecard.notes"));
        notes.addClassName("board-note");
        result.add(notes);
    }

    private static Div tile(String classNames, String label, String value, String note) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("board-kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("board-kpi-value");
        Div tile = new Div(labelSpan, valueSpan);
        if (note != null) {
            Span noteSpan = new Span(note);
            noteSpan.addClassName("board-kpi-note");
            tile.add(noteSpan);
        }
        tile.addClassName("board-kpi");
        Arrays.stream(classNames.split(" ")).forEach(tile::addClassName);
        return tile;
    }

    private static List<YearMonth> monthsUpTo(YearMonth latest, Optional<YearMonth> chosen) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(latest.minusMonths(i));
        }
        chosen.filter(m -> !months.contains(m)).ifPresent(months::add);
        return months;
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        List<String> monthNames = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, getLocale())).toList();
        // The picker lists weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(monthNames)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, getLocale())).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, getLocale())).toList())
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("scorecard.today"))
                .setCancel(getTranslation("scorecard.cancel"))
                .setDateFormat("dd/MM/yyyy");
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException malformed) {
            return Optional.empty();
        }
    }
}
