package vn.motcua.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;
import vn.motcua.watch.internal.WatchActionRepository;

/**
 * The broker watch (cò giấy tờ, seed 002): the signals the center's data shows over the last WATCH_DAYS, each with
 * its evidence against the center's thresholds and the actions managers took on it. Reading it is reading personal
 * data, so a person's read is on the audit trail.
 */
@Service
public class BrokerSignals {

    private final ContactSignals contacts;
    private final KioskSignals kiosks;
    private final CenterSettings settings;
    private final Centers centers;
    private final WatchActionRepository actions;
    private final AuditTrail audit;

    BrokerSignals(ContactSignals contacts, KioskSignals kiosks, CenterSettings settings, Centers centers,
            WatchActionRepository actions, AuditTrail audit) {
        this.contacts = contacts;
        this.kiosks = kiosks;
        this.settings = settings;
        this.centers = centers;
        this.actions = actions;
        this.audit = audit;
    }

    /** Every signal found in the window ending now, by kind, each with the actions taken on its key, newest first. */
    @Transactional(readOnly = true)
    public List<BrokerSignal> find(Instant now) {
        int center = centers.profile().getId();
        WatchWindow window = WatchWindow.of(center, now, settings.current());
        List<BrokerSignal> found = new ArrayList<>(contacts.sharedContacts(window));
        found.addAll(contacts.reusedPhones(window));
        found.addAll(kiosks.bursts(window));
        found.addAll(kiosks.hoarding(window));
        Map<String, List<WatchAction>> taken = actions.findByCenterIdOrderByActedAtDescIdDesc(center).stream()
                .collect(Collectors.groupingBy(WatchAction::getSignalKey, LinkedHashMap::new, Collectors.toList()));
        return found.stream().map(signal -> signal.withActions(taken.getOrDefault(signal.key(), List.of()))).toList();
    }

    /**
     * The signals as a manager or the police liaison reads them, on the audit trail with who read, where (the screen
     * or the API) and which signals; anyone else is refused.
     */
    @Transactional
    public List<BrokerSignal> read(SignedInUser reader, String where, Instant now) {
        if (reader.role() != Role.MANAGER && reader.role() != Role.POLICE) {
            throw new Refusal("problem.auth.forbidden", reader.username() + " may not read the broker watch");
        }
        List<BrokerSignal> found = find(now);
        audit.record(Actor.user(reader.username()), AuditAction.PERSONAL_DATA_READ, where,
                found.stream().map(BrokerSignal::key).collect(Collectors.joining(", ")));
        return found;
    }
}
