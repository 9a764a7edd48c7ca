package vn.motcua.screens.dossier;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.center.CenterTime;
import vn.motcua.dossier.DossierLine;

/**
 * A dossier's times, lengths and flags in the words staff read: "27/11/2026 16:30", "2 giờ 15 phút", "Quá hạn",
 * "Đến hạn trong 24 giờ".
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

    /** Each flag a word with its own colour: late red, due soon amber, a differing date plain. */
    List<Span> flags(DossierLine line, Instant now) {
        List<Span> flags = new ArrayList<>();
        if (line.overdue(now)) {
            flags.add(flag("dossier-flag-overdue", texts.get("dossiers.flag.overdue")));
        }
        if (line.dueSoon(now)) {
            flags.add(flag("dossier-flag-due-soon", texts.get("dossiers.flag.due-soon")));
        }
        if (line.dueDateDiffers()) {
            flags.add(flag("dossier-flag-date-differs",
                    texts.get("dossiers.flag.date-differs", when(line.computedDueAt()))));
        }
        return flags;
    }

    private static Span flag(String className, String text) {
        Span flag = new Span(text);
        flag.addClassNames("dossier-flag", className);
        return flag;
    }
}
