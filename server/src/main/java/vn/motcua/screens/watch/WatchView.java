package vn.motcua.screens.watch;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.center.CenterTime;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;
import vn.motcua.watch.BrokerSignal;
import vn.motcua.watch.BrokerSignals;
import vn.motcua.watch.WatchActions;

/**
 * The broker watch (cảnh báo cò giấy tờ, seed 002): the signals the center's data shows, each with its figure against
 * the center's threshold, why in words, the tickets and dossiers behind it and the actions taken. A manager records
 * an action; the commune police's liaison reads only. Opening the screen is reading personal data: it is audited.
 */
@RolesAllowed({"MANAGER", "POLICE"})
@Route("canh-bao-co")
@StyleSheet("styles/admin.css")
@StyleSheet("styles/dossier-handling.css")
@StyleSheet("styles/watch.css")
public class WatchView extends Div implements HasDynamicTitle {

    private final BrokerSignals signals;
    private final WatchActions actions;
    private final CenterTime time;
    private final SignedInUser reader = Accounts.current().orElseThrow();
    private final Div list = new Div();

    public WatchView(BrokerSignals signals, WatchActions actions, CenterSettings settings, CenterTime time) {
        this.signals = signals;
        this.actions = actions;
        this.time = time;
        addClassNames("admin", "watch");
        var values = settings.current();
        Paragraph thresholds = new Paragraph(getTranslation("watch.thresholds", values.get(Setting.WATCH_DAYS),
                values.get(Setting.WATCH_OWNERS), values.get(Setting.WATCH_PHONE_DAYS),
                values.get(Setting.WATCH_BURST_TICKETS), values.get(Setting.WATCH_BURST_MINUTES),
                values.get(Setting.WATCH_UNSERVED)));
        thresholds.setId("watch-thresholds");
        Span audited = new Span(getTranslation("watch.audited"));
        audited.addClassName("watch-audited");
        list.setId("watch-signals");
        add(new H1(getTranslation("watch.title")), new Paragraph(getTranslation(
                mayAct() ? "watch.hint.manager" : "watch.hint.police")), thresholds, audited, list);
        show(signals.read(reader, "/canh-bao-co", time.now()));
    }

    /** Only a manager acts; the police liaison reads (seed 002 tasks the police, the center keeps its own record). */
    private boolean mayAct() {
        return reader.role() == Role.MANAGER;
    }

    private void show(List<BrokerSignal> found) {
        list.removeAll();
        Span count = new Span(found.isEmpty() ? getTranslation("watch.none") : getTranslation("watch.count", found.size()));
        count.setId("watch-count");
        list.add(count);
        found.forEach(signal -> list.add(new SignalCard(signal, mayAct() ? this::act : null)));
    }

    private void act(BrokerSignal signal) {
        new ActionDialog(signal, (kind, note) -> {
            actions.record(reader, signal.key(), kind, note);
            // The same reader on the same screen: the opening was audited, the refresh shows their action.
            show(signals.find(time.now()));
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("watch.title");
    }
}
