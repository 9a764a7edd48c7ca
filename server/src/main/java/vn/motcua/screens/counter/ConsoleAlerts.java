package vn.motcua.screens.counter;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import vn.motcua.counter.DossierDesk.HeldAlert;
import vn.motcua.dossier.AlertLine;
import vn.motcua.dossier.DossierAlertsChanged;
import vn.motcua.dossier.LateDossiers;
import vn.motcua.live.LiveUpdates;
import vn.motcua.security.Accounts;
import vn.motcua.security.SignedInUser;

/**
 * The console's badge and flags of the dossiers the signed-in officer holds: their late and due-soon lines as the
 * watch recorded them, and a redraw when the watch names the officer (or names nobody).
 */
@org.springframework.stereotype.Component
class ConsoleAlerts {

    private final LateDossiers lateDossiers;
    private final LiveUpdates live;

    ConsoleAlerts(LateDossiers lateDossiers, LiveUpdates live) {
        this.lateDossiers = lateDossiers;
        this.live = live;
    }

    List<HeldAlert> held() {
        return officer().map(id -> lateDossiers.heldBy(id).stream().map(ConsoleAlerts::alert).toList())
                .orElseGet(List::of);
    }

    /** The officer is read now, on the screen's thread: the live updates' thread knows nobody signed in. */
    void follow(Component view, Runnable redraw) {
        officer().ifPresent(id -> live.redrawWhileAttached(view, DossierAlertsChanged.class,
                changed -> changed.officerIds().isEmpty() || changed.officerIds().contains(id), redraw));
    }

    private static Optional<Long> officer() {
        return Accounts.current().map(SignedInUser::officerId);
    }

    private static HeldAlert alert(AlertLine line) {
        return new HeldAlert(line.code(), line.isLate(), line.dueAt(), line.step().map(Enum::name));
    }
}
