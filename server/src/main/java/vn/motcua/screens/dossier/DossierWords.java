package vn.motcua.screens.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.center.CenterTime;

/**
 * A dossier's times and lengths in the words staff read: "27/11/2026 16:30", "2 giờ 15 phút".
 */
final class DossierWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(CenterTime.ZONE);

    /** The screen's translation, so the words follow its language. */
    interface Texts {
        String get(String key, Object... params);
    }

    private final Texts texts;

    DossierWords(Texts texts) {
        this.texts = texts;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** How long in the words staff say: "dưới 1 phút", "45 phút", "2 giờ 15 phút", "3 ngày 4 giờ". */
    String duration(Duration length) {
        long minutes = length.toMinutes();
        if (minutes < 1) {
            return texts.get("dossiers.held.under-minute");
        }
        if (minutes < 60) {
            return texts.get("dossiers.held.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get("dossiers.held.hours", minutes / 60, minutes % 60);
        }
        return texts.get("dossiers.held.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }
}
