package vn.motcua.counter;

import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The badge on "Hồ sơ tôi đang giữ": how many of the officer's dossiers are late or due soon, in words as well as in
 * colour (red "quá hạn" when any is late, amber "sắp đến hạn" otherwise), hidden when none. Redrawn by push when the
 * watch warns of or finds late one of their dossiers.
 */
final class HeldAlertBadge extends Span {

    /** A due time as the flags write it: "14:00 01/12". */
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm dd/MM")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DossierDesk desk;

    HeldAlertBadge(DossierDesk desk) {
        this.desk = desk;
        addClassName("console-held-badge");
        setVisible(false);
        desk.followHeldAlerts(this, this::refresh);
        addAttachListener(attach -> refresh());
    }

    /** Reads the officer's alerts again (after a push, or after they handed a dossier on). */
    void refresh() {
        HeldAlerts alerts = new HeldAlerts(desk.heldAlerts());
        HeldAlerts.Level level = alerts.level();
        setVisible(level != HeldAlerts.Level.NONE);
        for (HeldAlerts.Level each : HeldAlerts.Level.values()) {
            setClassName(className(each), each == level);
        }
        setText(switch (level) {
            case NONE -> "";
            case DUE_SOON -> getTranslation("console.held-alert.badge.due-soon", alerts.dueSoon());
            case LATE -> alerts.dueSoon() == 0 ? getTranslation("console.held-alert.badge.late", alerts.late())
                    : getTranslation("console.held-alert.badge.late-and-due-soon", alerts.late(), alerts.dueSoon());
        });
    }

    /**
     * The flag on a held dossier's row, "Quá hạn từ 14:00 01/12" or "Bước Thẩm định đến hạn 09:00 03/12", and the
     * row's class for its colour; empty when the dossier is neither late nor due soon.
     */
    static Optional<Span> flag(HeldAlerts alerts, String code) {
        return alerts.flagOf(code).map(line -> {
            Span flag = new Span();
            String due = DUE.format(line.dueAt());
            String state = line.late() ? "late" : "due-soon";
            flag.setText(line.step().map(step -> flag.getTranslation("console.held-alert.step-" + state,
                    flag.getTranslation("console.held-alert.step." + step.toLowerCase(Locale.ROOT)), due))
                    .orElseGet(() -> flag.getTranslation("console.held-alert." + state, due)));
            flag.addClassNames("console-held-flag", "console-held-flag-" + state);
            return flag;
        });
    }

    private static String className(HeldAlerts.Level level) {
        return "console-held-badge-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
