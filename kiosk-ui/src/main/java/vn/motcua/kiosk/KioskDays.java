package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** A day and a time as the visitor's screens name them: "thứ Hai 30/11/2026", "07:30", in the screen's language. */
final class KioskDays {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private KioskDays() {
    }

    static String day(Component screen, LocalDate day) {
        return screen.getTranslation("kiosk.day", day.getDayOfWeek().getValue(), DATE.format(day));
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }
}
