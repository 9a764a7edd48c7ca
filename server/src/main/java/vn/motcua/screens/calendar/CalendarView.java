package vn.motcua.screens.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.calendar.CalendarEdits;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.SpecialDay;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.CurrentActor;

/**
 * The administrator keeps the working calendar: the hours of each weekday, holidays and make-up days, and imports
 * next year's official list. Each change is audited by {@link CalendarEdits}.
 */
@RolesAllowed("ADMIN")
@Route("admin/calendar")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
public class CalendarView extends Div implements HasDynamicTitle {

    /** The list shows this far ahead: official lists are entered a year or more before, and nothing is hidden. */
    static final int YEARS_SHOWN = 5;

    private final WorkingCalendar calendar;
    private final CalendarEdits edits;
    private final CalendarWords words;
    private final LocalDate today;
    private final Select<DayOfWeek> weekday = new Select<>();
    private final TimePicker weekdayOpens = new TimePicker();
    private final TimePicker weekdayCloses = new TimePicker();
    private final DatePicker day = new DatePicker();
    private final TextField name = new TextField();
    private final RadioButtonGroup<DayKind> kind = new RadioButtonGroup<>();
    private final TimePicker dayOpens = new TimePicker();
    private final TimePicker dayCloses = new TimePicker();
    private final Span result = new Span();
    private final Div week = new Div();
    private final Div special = new Div();

    public CalendarView(WorkingCalendar calendar, CalendarEdits edits, CenterTime time) {
        this.calendar = calendar;
        this.edits = edits;
        this.words = new CalendarWords(this::getTranslation, getLocale());
        this.today = time.today();
        addClassNames("admin", "calendar-admin");
        result.setId("calendar-result");
        result.addClassName("import-result");
        add(new H1(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.hint")), result,
                new H2(getTranslation("calendar.week")), weekForm(), week,
                new H2(getTranslation("calendar.special")), dayForm(), special,
                new H2(getTranslation("calendar.import")),
                new CalendarImportPart(edits, words, CurrentActor.get(), this::said, this::show));
        show();
    }

    private Div weekForm() {
        weekday.setLabel(getTranslation("calendar.weekday"));
        weekday.setId("calendar-weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(words::weekday);
        weekday.addValueChangeListener(change -> {
            WorkingHours hours = change.getValue() == null ? null : calendar.weeklyHours().get(change.getValue());
            weekdayOpens.setValue(hours == null ? null : hours.opens());
            weekdayCloses.setValue(hours == null ? null : hours.closes());
        });
        timeField(weekdayOpens, "calendar-weekday-opens", "calendar.opens");
        timeField(weekdayCloses, "calendar-weekday-closes", "calendar.closes");
        Button save = new Button(getTranslation("calendar.save-weekday"), click -> act(() -> {
            edits.setWeekdayHours(requireWeekday(), hours(weekdayOpens, weekdayCloses), CurrentActor.get());
            return getTranslation("calendar.weekday-saved", words.weekday(weekday.getValue()));
        }));
        save.setId("calendar-weekday-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("calendar.close-weekday"), click -> act(() -> {
            edits.closeWeekday(requireWeekday(), CurrentActor.get());
            weekdayOpens.clear();
            weekdayCloses.clear();
            return getTranslation("calendar.weekday-closed", words.weekday(weekday.getValue()));
        }));
        close.setId("calendar-weekday-close");
        Div form = new Div(weekday, weekdayOpens, weekdayCloses, new Div(save, close));
        form.addClassName("admin-form");
        return form;
    }

    private Div dayForm() {
        day.setLabel(getTranslation("calendar.day"));
        day.setId("calendar-day");
        day.setI18n(words.datePicker());
        day.setMin(today);
        name.setLabel(getTranslation("calendar.name"));
        name.setId("calendar-name");
        name.setMaxLength(200);
        name.setWidth("24em");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setId("calendar-kind");
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(words::kind);
        kind.setValue(DayKind.HOLIDAY);
        timeField(dayOpens, "calendar-day-opens", "calendar.own-opens");
        timeField(dayCloses, "calendar-day-closes", "calendar.own-closes");
        dayOpens.setHelperText(getTranslation("calendar.own-hours-help"));
        kind.addValueChangeListener(change -> {
            dayOpens.setEnabled(change.getValue() == DayKind.WORKING);
            dayCloses.setEnabled(change.getValue() == DayKind.WORKING);
        });
        dayOpens.setEnabled(false);
        dayCloses.setEnabled(false);
        Button add = new Button(getTranslation("calendar.add-day"), click -> act(() -> {
            addDay();
            String added = getTranslation("calendar.day-added", words.day(day.getValue()));
            name.clear();
            return added;
        }));
        add.setId("calendar-day-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(day, name, kind, dayOpens, dayCloses, add);
        form.addClassName("admin-form");
        return form;
    }

    private void addDay() {
        if (kind.getValue() == DayKind.WORKING) {
            boolean ownHours = dayOpens.getValue() != null || dayCloses.getValue() != null;
            edits.addMakeUpDay(day.getValue(), name.getValue(), ownHours ? hours(dayOpens, dayCloses) : null,
                    CurrentActor.get());
        } else {
            edits.addHoliday(day.getValue(), name.getValue(), CurrentActor.get());
        }
    }

    /** Does one change; its outcome, or the refusal in words, goes to the result line. */
    private void act(Supplier<String> change) {
        try {
            said("saved", change.get());
        } catch (Refusal refused) {
            said("refused", getTranslation(refused.messageKey(), refused.args()));
        }
        show();
    }

    private void said(String outcome, String text) {
        result.setText(text);
        result.getElement().setAttribute("data-outcome", outcome);
    }

    private void show() {
        showWeek(calendar.weeklyHours());
        showSpecialDays(calendar.specialDays(today, today.plusYears(YEARS_SHOWN)));
    }

    private void showWeek(Map<DayOfWeek, WorkingHours> hours) {
        NativeTable rows = table("calendar-week", "calendar.weekday", "calendar.hours");
        for (DayOfWeek each : DayOfWeek.values()) {
            NativeTableRow row = rows.getBody().addRow();
            row.getElement().setAttribute("data-weekday", each.name());
            row.addDataCell().setText(words.weekday(each));
            row.addDataCell().setText(hours.containsKey(each) ? words.hours(hours.get(each))
                    : getTranslation("calendar.closed"));
        }
        week.removeAll();
        week.add(rows);
    }

    private void showSpecialDays(List<SpecialDay> days) {
        NativeTable rows = table("calendar-days", "calendar.day", "calendar.name", "calendar.kind", "calendar.hours",
                null);
        for (SpecialDay each : days) {
            NativeTableRow row = rows.getBody().addRow();
            row.addClassName("calendar-day-row");
            row.getElement().setAttribute("data-day", each.getCalendarDay().toString());
            row.addDataCell().setText(words.day(each.getCalendarDay()));
            row.addDataCell().setText(each.getName());
            row.addDataCell().setText(words.kind(each.getKind()));
            row.addDataCell().setText(each.getKind() == DayKind.HOLIDAY ? getTranslation("calendar.closed")
                    : each.getOwnHours().map(words::hours).orElse(getTranslation("calendar.usual-hours")));
            Button remove = new Button(getTranslation("calendar.remove"), click -> act(() -> {
                edits.remove(each.getCalendarDay(), CurrentActor.get());
                return getTranslation("calendar.day-removed", words.day(each.getCalendarDay()));
            }));
            remove.addClassName("calendar-remove");
            row.addDataCell().add(remove);
        }
        if (days.isEmpty()) {
            rows.getBody().addRow().addDataCell().setText(getTranslation("calendar.no-special-days"));
        }
        special.removeAll();
        special.add(rows);
    }

    private NativeTable table(String id, String... headerKeys) {
        NativeTable rows = new NativeTable();
        rows.setId(id);
        rows.addClassName("slip-table");
        NativeTableRow head = rows.getHead().addRow();
        for (String key : headerKeys) {
            head.addHeaderCell().setText(key == null ? "" : getTranslation(key));
        }
        return rows;
    }

    private DayOfWeek requireWeekday() {
        if (weekday.getValue() == null) {
            throw new Refusal("problem.calendar.weekdayMissing", "A weekday is required");
        }
        return weekday.getValue();
    }

    private static WorkingHours hours(TimePicker opens, TimePicker closes) {
        return new WorkingHours(opens.getValue(), closes.getValue());
    }

    private void timeField(TimePicker picker, String id, String labelKey) {
        picker.setLabel(getTranslation(labelKey));
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(15));
        picker.setWidth("12em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
