package vn.motcua.catalogue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.audit.OldAndNew;
import vn.motcua.i18n.Refusal;

/**
 * The admin adds, renames, reorders and retires fields and services. Every change is on the audit trail with its old
 * and new values and reaches the kiosks at once; a service is retired, never deleted, as its tickets name it.
 */
@Service
public class FieldsAndServices {

    /** A code as the API and the reports carry it: letters, digits, dot, dash, underscore. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    /** The ticket number's prefix: one to three capital letters, printed on every ticket (A001). */
    private static final Pattern LETTER = Pattern.compile("[A-Z]{1,3}");

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    FieldsAndServices(JdbcClient jdbc, Catalogue catalogue, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
    }

    /** A field as the admin typed it; no order puts it last. */
    public record FieldDraft(String code, String name, Integer sortOrder) {
    }

    /** A service as the admin typed it; no order puts it last. */
    public record ServiceDraft(String code, String name, String letter, String fieldCode, Integer sortOrder) {
    }

    /** Adds a field; a code already used is refused. */
    @Transactional
    public void addField(FieldDraft draft, Actor by) {
        String code = code(draft.code());
        if (fieldId(code).isPresent()) {
            throw new Refusal("problem.field.duplicate", "A field has the code " + code, code);
        }
        String name = name(draft.name());
        int order = order(draft.sortOrder(), "service_field");
        jdbc.sql("insert into service_field (code, name, sort_order) values (?, ?, ?)")
                .params(code, name, order).update();
        record(by, AuditAction.FIELD_ADDED, "field " + code,
                new OldAndNew().compare("name", null, name).compare("order", null, order));
    }

    /** Renames or reorders the field with this code. */
    @Transactional
    public void changeField(String code, FieldDraft draft, Actor by) {
        ServiceField old = catalogue.fields().stream().filter(f -> f.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new Refusal("problem.field.unknown", "No field " + code));
        String name = name(draft.name());
        int order = draft.sortOrder() == null ? old.getSortOrder() : draft.sortOrder();
        jdbc.sql("update service_field set name = ?, sort_order = ? where id = ?").params(name, order, old.getId())
                .update();
        record(by, AuditAction.FIELD_CHANGED, "field " + code, new OldAndNew().compare("name", old.getName(), name)
                .compare("order", old.getSortOrder(), order));
    }

    /** Adds a service; a code or a letter (whatever its case) already used is refused, as is a letter not A to ZZZ. */
    @Transactional
    public void addService(ServiceDraft draft, Actor by) {
        String code = code(draft.code());
        if (catalogue.service(code).isPresent()) {
            throw new Refusal("problem.service.duplicate", "A service has the code " + code, code);
        }
        String name = name(draft.name());
        String letter = letter(draft.letter(), null);
        ServiceField field = field(draft.fieldCode());
        int order = order(draft.sortOrder(), "center_service");
        jdbc.sql("insert into center_service (code, name, letter, field_id, sort_order) values (?, ?, ?, ?, ?)")
                .params(code, name, letter, field.getId(), order).update();
        record(by, AuditAction.SERVICE_ADDED, "service " + code, new OldAndNew().compare("name", null, name)
                .compare("letter", null, letter).compare("field", null, field.getCode()).compare("order", null, order));
    }

    /** Renames the service with this code, or changes its letter, field or order; the same rules as adding. */
    @Transactional
    public void changeService(String code, ServiceDraft draft, Actor by) {
        CenterService old = existing(code);
        String name = name(draft.name());
        String letter = letter(draft.letter(), old.getId());
        ServiceField field = field(draft.fieldCode());
        int order = draft.sortOrder() == null ? old.getSortOrder() : draft.sortOrder();
        jdbc.sql("update center_service set name = ?, letter = ?, field_id = ?, sort_order = ? where id = ?")
                .params(name, letter, field.getId(), order, old.getId()).update();
        record(by, AuditAction.SERVICE_CHANGED, "service " + code, new OldAndNew().compare("name", old.getName(), name)
                .compare("letter", old.getLetter(), letter).compare("field", old.getField().getCode(), field.getCode())
                .compare("order", old.getSortOrder(), order));
    }

    /**
     * Stops offering the service: the kiosk no longer shows it and refuses its tickets, while counters still call
     * those already waiting and reports keep its past. Nothing is deleted; {@link #reinstate} offers it again.
     */
    @Transactional
    public void retire(String code, Actor by) {
        retired(code, true, AuditAction.SERVICE_RETIRED, by);
    }

    /** Offers a retired service again. */
    @Transactional
    public void reinstate(String code, Actor by) {
        retired(code, false, AuditAction.SERVICE_REINSTATED, by);
    }

    private void retired(String code, boolean retired, AuditAction action, Actor by) {
        CenterService old = existing(code);
        jdbc.sql("update center_service set retired = ? where id = ?").params(retired, old.getId()).update();
        record(by, action, "service " + code, new OldAndNew().compare("retired", old.isRetired(), retired));
    }

    private void record(Actor by, AuditAction action, String subject, OldAndNew change) {
        if (change.changed()) {
            audit.record(by, action, subject, change.text());
            events.publishEvent(new CatalogueChanged(subject));
        }
    }

    private CenterService existing(String code) {
        return catalogue.service(code == null ? "" : code.strip())
                .orElseThrow(() -> new Refusal("problem.service.unknown", "Unknown service: " + code));
    }

    private ServiceField field(String code) {
        String wanted = code == null ? "" : code.strip();
        return catalogue.fields().stream().filter(f -> f.getCode().equals(wanted)).findFirst()
                .orElseThrow(() -> new Refusal("problem.field.unknown", "No field has the code " + code));
    }

    private Optional<Long> fieldId(String code) {
        return jdbc.sql("select id from service_field where code = ?").param(code).query(Long.class).optional();
    }

    /** The letter, unless it is not one to three capitals or another service holds it in any case (even retired). */
    private String letter(String typed, Long self) {
        String letter = typed == null ? "" : typed.strip();
        if (!LETTER.matcher(letter).matches()) {
            throw new Refusal("problem.service.letter", "Not a ticket letter: " + letter, letter);
        }
        jdbc.sql("select name from center_service where lower(letter) = lower(?) and id <> ?")
                .params(letter, self == null ? -1L : self).query(String.class).optional().ifPresent(holder -> {
                    throw new Refusal("problem.service.letter-taken", letter + " is the letter of " + holder, letter,
                            holder);
                });
        return letter;
    }

    static String code(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (!CODE.matcher(code).matches()) {
            throw new Refusal("problem.catalogue.code", "Not a code: " + code, code);
        }
        return code;
    }

    static String name(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new Refusal("problem.catalogue.name", "A name has 1 to 200 characters");
        }
        return name;
    }

    private int order(Integer typed, String table) {
        return typed != null ? typed
                : jdbc.sql("select coalesce(max(sort_order), 0) + 1 from " + table).query(Integer.class).single();
    }
}
