package vn.motcua.forms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Translations;

/** The forms' words: labels from the server bundle, always in Vietnamese, and times said the way the forms say them. */
final class FormWords {

    private static final long MINUTES_PER_HOUR = 60;
    private static final long MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

    private final Translations translations;
    private final DateTimeFormatter dateTime;

    FormWords(Translations translations) {
        this.translations = translations;
        this.dateTime = DateTimeFormatter.ofPattern(text("forms.date-time"), Translations.VIETNAMESE)
                .withZone(CenterTime.ZONE);
    }

    String text(String key, Object... params) {
        // Paper goes to the citizen and the archive in the national language, whatever the screen shows.
        return translations.getTranslation(key, Translations.VIETNAMESE, params);
    }

    /** "08 giờ 30 phút, ngày 02/12/2026" in the center's time zone; a dash when there is no time. */
    String at(Instant instant) {
        return instant == null ? text("forms.none") : dateTime.format(instant);
    }

    /** "2 giờ 15 phút", "3 ngày 1 giờ 5 phút" or "40 phút": whole minutes, rounded down. */
    String held(Duration held) {
        long minutes = held.toMinutes();
        if (minutes >= MINUTES_PER_DAY) {
            return text("forms.held.days", minutes / MINUTES_PER_DAY, minutes % MINUTES_PER_DAY / MINUTES_PER_HOUR,
                    minutes % MINUTES_PER_HOUR);
        }
        if (minutes >= MINUTES_PER_HOUR) {
            return text("forms.held.hours", minutes / MINUTES_PER_HOUR, minutes % MINUTES_PER_HOUR);
        }
        return text("forms.held.minutes", minutes);
    }

    /** "02/12/2026". */
    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Working time: "2 ngày làm việc 3 giờ 15 phút", or "3 giờ 15 phút" under a whole working day. */
    String working(OverdueListForm.Span span) {
        if (span.days() == 0) {
            return held(span.rest());
        }
        return span.rest().toMinutes() == 0 ? text("forms.working.whole-days", span.days())
                : text("forms.working.days", span.days(), held(span.rest()));
    }

    /** The procedure as the forms name it: its name and its code in the national catalogue. */
    String procedure(String code, String name) {
        return text("forms.procedure", name, code);
    }
}
