package vn.motcua.center;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;

/**
 * The center's identity as the admin keeps it: the name, address and hotline every ticket, kiosk, phone page and hall
 * board prints. Each changed field is on the audit trail with its old and new value.
 */
@Service
public class CenterIdentity {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CenterIdentity(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Name and hotline are printed on every ticket; the address may stay empty. */
    public record Identity(String name, String address, String hotline) {
    }

    @Transactional(readOnly = true)
    public Identity current() {
        return jdbc.sql("select name, address, hotline from center").query((row, n) -> new Identity(row.getString(1),
                row.getString(2) == null ? "" : row.getString(2), row.getString(3))).single();
    }

    /** Changes what differs; an empty name, a name or address too long, or a hotline nobody could dial is refused. */
    @Transactional
    public void change(Identity wanted, Actor by) {
        String name = strip(wanted.name());
        String address = strip(wanted.address());
        String hotline = strip(wanted.hotline());
        if (name.isEmpty() || name.length() > 200) {
            throw new Refusal("problem.center.name", "A name of 1 to 200 characters");
        }
        if (address.length() > 300) {
            throw new Refusal("problem.center.address", "An address of 300 characters at most");
        }
        if (!PhoneNumber.isWellFormed(hotline)) {
            throw new Refusal("problem.center.phone", "Not a phone number: " + hotline, hotline);
        }
        Identity old = current();
        Map<String, String[]> changed = new LinkedHashMap<>();
        changed.put("name", new String[] {old.name(), name});
        changed.put("address", new String[] {old.address(), address});
        changed.put("hotline", new String[] {old.hotline(), hotline});
        changed.forEach((column, values) -> {
            if (!Objects.equals(values[0], values[1])) {
                // The column names are this method's own, never the caller's.
                jdbc.sql("update center set " + column + " = ?").param(values[1].isEmpty() && column.equals("address")
                        ? null : values[1]).update();
                audit.record(by, AuditAction.SETTING_CHANGED, "center." + column,
                        shown(values[0]) + " → " + shown(values[1]));
            }
        });
        if (!old.equals(current())) {
            events.publishEvent(new PostedContactsChanged());
        }
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
