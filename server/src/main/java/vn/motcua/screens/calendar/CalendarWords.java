package vn.motcua.screens.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.datepicker.DatePicker;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkingHours;

/** The calendar screen's dates, weekdays, kinds and hours in the reader's words. */
final class CalendarWords {

    /** Looks a key up in the bundles of the reader's language. */
    interface Bundle {
        String get(String key, Object... params);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Bundle bundle;
    private final Locale locale;

    CalendarWords(Bundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** "Thứ Hai". */
    String weekday(DayOfWeek weekday) {
        return weekday.getDisplayName(TextStyle.FULL, locale);
    }

    /** "Thứ Sáu, 01/01/2027". */
    String day(LocalDate date) {
        return date == null ? "" : weekday(date.getDayOfWeek()) + ", " + DAY.format(date);
    }

    /** "07:30 – 17:00". */
    String hours(WorkingHours hours) {
        return TIME.format(hours.opens()) + " – " + TIME.format(hours.closes());
    }

    String kind(DayKind kind) {
        return bundle.get("calendar.kind." + kind.name());
    }

    String get(String key, Object... params) {
        return bundle.get(key, params);
    }

    /** The date picker in the reader's words, dates as dd/MM/yyyy, weeks from Monday. */
    DatePicker.DatePickerI18n datePicker() {
        List<String> months = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // The picker lists weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n().setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(this::weekday).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(bundle.get("calendar.today"))
                .setCancel(bundle.get("calendar.cancel"))
                .setDateFormat("dd/MM/yyyy");
    }
}
