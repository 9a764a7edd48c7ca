package vn.motcua.center;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.internal.CenterLeaderRepository;
import vn.motcua.i18n.Refusal;

/**
 * The leaders whose hotlines the kiosk, the phone page and the hall board post (seed 000), kept by the admin: added,
 * corrected, put in order (the chairperson first) and removed, each on the audit trail with old and new line.
 */
@Service
public class LeaderHotlines {

    private final CenterLeaderRepository leaders;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    LeaderHotlines(CenterLeaderRepository leaders, AuditTrail audit, ApplicationEventPublisher events) {
        this.leaders = leaders;
        this.audit = audit;
        this.events = events;
    }

    /** A leader's line as the admin types it. */
    public record Line(String title, String fullName, String phone) {

        Line checked() {
            Line line = new Line(strip(title), strip(fullName), strip(phone));
            if (line.title.isEmpty() || line.fullName.isEmpty() || line.title.length() > 120
                    || line.fullName.length() > 120) {
                throw new Refusal("problem.leader.incomplete", "A title and a name, 120 characters at most each");
            }
            if (!PhoneNumber.isWellFormed(line.phone)) {
                throw new Refusal("problem.center.phone", "Not a phone number: " + line.phone, line.phone);
            }
            return line;
        }

        private static String strip(String text) {
            return text == null ? "" : text.strip();
        }
    }

    @Transactional(readOnly = true)
    public List<CenterLeader> list() {
        return leaders.findAllByOrderBySortOrderAsc();
    }

    /** Adds a leader at the end of the list. */
    @Transactional
    public CenterLeader add(Line line, Actor by) {
        Line checked = line.checked();
        int last = list().stream().mapToInt(CenterLeader::getSortOrder).max().orElse(0);
        CenterLeader leader = leaders.save(new CenterLeader(last + 1, checked.title(), checked.fullName(),
                checked.phone()));
        audit.record(by, AuditAction.LEADER_ADDED, subject(leader), "— → " + leader.line());
        events.publishEvent(new PostedContactsChanged());
        return leader;
    }

    /** Corrects a leader's title, name or phone; an unchanged line leaves no record. */
    @Transactional
    public void change(long id, Line line, Actor by) {
        Line checked = line.checked();
        CenterLeader leader = find(id);
        String old = leader.line();
        leader.change(checked.title(), checked.fullName(), checked.phone());
        if (!old.equals(leader.line())) {
            audit.record(by, AuditAction.LEADER_CHANGED, subject(leader), old + " → " + leader.line());
            events.publishEvent(new PostedContactsChanged());
        }
    }

    /** Moves a leader one place up (-1) or down (+1); at either end nothing moves and nothing is recorded. */
    @Transactional
    public void move(long id, int step, Actor by) {
        List<CenterLeader> ordered = new ArrayList<>(list());
        int from = ordered.indexOf(find(id));
        int to = from + Integer.signum(step);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        renumber(ordered);
        audit.record(by, AuditAction.LEADER_MOVED, subject(ordered.get(to)), (from + 1) + " → " + (to + 1));
        events.publishEvent(new PostedContactsChanged());
    }

    /** Removes a leader from every public screen; the others close up. */
    @Transactional
    public void remove(long id, Actor by) {
        CenterLeader leader = find(id);
        leaders.delete(leader);
        leaders.flush();
        renumber(new ArrayList<>(list()));
        audit.record(by, AuditAction.LEADER_REMOVED, subject(leader), leader.line() + " → —");
        events.publishEvent(new PostedContactsChanged());
    }

    private static void renumber(List<CenterLeader> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
    }

    private CenterLeader find(long id) {
        return leaders.findById(id).orElseThrow(() -> new Refusal("problem.leader.unknown", "No leader #" + id));
    }

    /** The audit's subject holds 120 characters; the detail beside it keeps the whole line. */
    private static String subject(CenterLeader leader) {
        String subject = "leader " + leader.getFullName();
        return subject.length() <= 120 ? subject : subject.substring(0, 120);
    }
}
