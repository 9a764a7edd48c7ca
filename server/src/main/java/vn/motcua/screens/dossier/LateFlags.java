package vn.motcua.screens.dossier;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.DossierLine;
import vn.motcua.dossier.LateScope;

/**
 * The list's flags from what the watch recorded: a late dossier names who answers for it, a late step says which, a
 * warned dossier says it is due soon. In the minute before the watch reaches a dossier, the clock and the center's
 * warning hours say the same without the names.
 */
final class LateFlags {

    private final Map<String, List<AlertLine>> byCode = new HashMap<>();
    private final DossierWords.Texts texts;
    private final Instant now;
    private final int warningHours;

    LateFlags(List<AlertLine> lines, DossierWords.Texts texts, Instant now, int warningHours) {
        lines.forEach(line -> byCode.computeIfAbsent(line.code(), code -> new ArrayList<>()).add(line));
        this.texts = texts;
        this.now = now;
        this.warningHours = warningHours;
    }

    /** The row's colour: the grid's part name. */
    String partName(DossierLine line) {
        return late(line) ? "dossier-overdue" : dueSoon(line) ? "dossier-due-soon" : null;
    }

    /** Each flag a word with its own colour: late red, due soon amber, a differing date plain. */
    List<Span> flags(DossierLine line) {
        List<Span> flags = new ArrayList<>();
        List<AlertLine> recorded = byCode.getOrDefault(line.code(), List.of());
        for (AlertLine alert : recorded) {
            if (alert.scope() == LateScope.DOSSIER && alert.isLate()) {
                flags.add(flag("dossier-flag-overdue", whoAnswers(alert)));
            } else if (alert.isLate()) {
                flags.add(flag("dossier-flag-step-late", texts.get("dossiers.flag.step-late", step(alert),
                        DossierWords.when(alert.dueAt()))));
            } else if (alert.scope() == LateScope.STEP) {
                flags.add(flag("dossier-flag-due-soon", texts.get("dossiers.flag.step-due-soon", step(alert),
                        DossierWords.when(alert.dueAt()))));
            }
        }
        if (!recordedLate(line) && line.overdue(now)) {
            flags.add(flag("dossier-flag-overdue", texts.get("dossiers.flag.overdue")));
        }
        if (dueSoon(line)) {
            flags.add(flag("dossier-flag-due-soon", texts.get("dossiers.flag.due-soon", warningHours)));
        }
        if (line.dueDateDiffers()) {
            flags.add(flag("dossier-flag-date-differs",
                    texts.get("dossiers.flag.date-differs", DossierWords.when(line.computedDueAt()))));
        }
        return flags;
    }

    /** "Trễ hạn — Nguyễn Thị Hương, trưởng BP: Trần Văn Đức"; the unit when nobody here held it; unassigned. */
    String whoAnswers(AlertLine alert) {
        AlertLine.Late late = alert.late().orElseThrow();
        if (late.unassigned()) {
            return texts.get("dossiers.late.unassigned");
        }
        String who = late.officerName().or(alert::unitName).orElse("");
        return late.headName().map(head -> texts.get("dossiers.late.with-head", who, head))
                .orElseGet(() -> texts.get("dossiers.late.who", who));
    }

    /** The step's name: "Thẩm định". */
    String step(AlertLine alert) {
        return alert.step().map(kind -> texts.get("catalogue.step." + kind.name())).orElse("");
    }

    private boolean recordedLate(DossierLine line) {
        return byCode.getOrDefault(line.code(), List.of()).stream()
                .anyMatch(alert -> alert.scope() == LateScope.DOSSIER && alert.isLate());
    }

    private boolean late(DossierLine line) {
        return recordedLate(line) || line.overdue(now);
    }

    /** Warned of by the watch, or within the center's warning hours (never fewer than 24) and not late. */
    private boolean dueSoon(DossierLine line) {
        if (late(line)) {
            return false;
        }
        boolean warned = byCode.getOrDefault(line.code(), List.of()).stream()
                .anyMatch(alert -> alert.scope() == LateScope.DOSSIER && !alert.isLate());
        return warned || line.status().isOpen() && !line.dueAt().isBefore(now)
                && line.dueAt().isBefore(now.plus(Duration.ofHours(warningHours)));
    }

    private static Span flag(String className, String text) {
        Span flag = new Span(text);
        flag.addClassNames("dossier-flag", className);
        return flag;
    }
}
