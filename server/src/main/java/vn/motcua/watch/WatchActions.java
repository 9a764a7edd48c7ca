package vn.motcua.watch;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;
import vn.motcua.watch.internal.WatchActionRepository;

/** What managers do about a signal: watch it, warn the person, or report it to the police; audited, never changed. */
@Service
public class WatchActions {

    /** The note's column. */
    static final int NOTE_LENGTH = 1000;

    private final WatchActionRepository actions;
    private final BrokerSignals signals;
    private final Centers centers;
    private final CenterTime time;
    private final AuditTrail audit;

    WatchActions(WatchActionRepository actions, BrokerSignals signals, Centers centers, CenterTime time,
            AuditTrail audit) {
        this.actions = actions;
        this.signals = signals;
        this.centers = centers;
        this.time = time;
        this.audit = audit;
    }

    /**
     * Records the action on a signal found now, by a manager only (the police liaison reads, the center acts); a
     * report to the police needs a note saying what is reported.
     */
    @Transactional
    public WatchAction record(SignedInUser manager, String signalKey, WatchActionKind kind, String note) {
        if (manager.role() != Role.MANAGER) {
            throw new Refusal("problem.watch.not-manager", manager.username() + " may not act on the broker watch");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (kind == WatchActionKind.REPORT_TO_POLICE && text == null) {
            throw new Refusal("problem.watch.note-missing", "A report to the police needs a note");
        }
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new Refusal("problem.watch.note-too-long", "Note over " + NOTE_LENGTH, NOTE_LENGTH);
        }
        var now = time.now();
        if (signalKey == null || signals.find(now).stream().noneMatch(s -> s.key().equals(signalKey))) {
            throw new Refusal("problem.watch.signal-unknown", "No signal " + signalKey + " now", signalKey);
        }
        WatchAction action = actions.save(new WatchAction(centers.profile().getId(), signalKey, kind, text,
                manager.username(), now));
        audit.record(Actor.user(manager.username()), AuditAction.WATCH_ACTION_RECORDED, kind.name(),
                signalKey + (text == null ? "" : ": " + text));
        return action;
    }
}
