package vn.motcua.officer;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.center.CenterTime;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.internal.OfficerRepository;
import vn.motcua.officer.internal.UnitRepository;

/**
 * The admin keeps the center's officers: adds them, corrects them, moves them to another unit and marks those who
 * left. An officer is never deleted: tickets, dossiers, ratings and reports name them for ever. Every change is on the
 * audit trail with old and new value.
 */
@Service
public class OfficerRoster {

    /** The officer's code is also their account's username: the same letters, 3 or more. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{3,30}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OfficerRepository officers;
    private final UnitRepository units;
    private final AuditTrail audit;
    private final CenterTime time;
    private final ApplicationEventPublisher events;

    OfficerRoster(OfficerRepository officers, UnitRepository units, AuditTrail audit, CenterTime time,
            ApplicationEventPublisher events) {
        this.officers = officers;
        this.units = units;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** An officer as the admin types them; the unit by its id. */
    public record Entry(String code, String fullName, String title, Long unitId, Employment employment) {

        String strippedTitle() {
            return title == null || title.isBlank() ? null : title.strip();
        }
    }

    /** Adds an officer; a code another officer has, or a unit that does not exist, is refused. */
    @Transactional
    public Officer add(Entry entry, Actor by) {
        String code = entry.code() == null ? "" : entry.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new Refusal("problem.officer.code", "A code of 3 to 30 letters, digits, dots or hyphens");
        }
        if (officers.existsByCodeIgnoreCase(code)) {
            throw new Refusal("problem.officer.code-taken", "Officer code taken: " + code, code);
        }
        Unit unit = unit(entry.unitId());
        Officer officer = officers.save(new Officer(code, name(entry), entry.strippedTitle(), unit, employment(entry)));
        audit.record(by, AuditAction.OFFICER_ADDED, "officer " + code, "— → " + describe(officer) + ", "
                + unit.label());
        return officer;
    }

    /**
     * Corrects an officer's name, title and employment and moves them to the entry's unit. The code stays: it is the
     * username of their account and the key the province's systems know them by.
     */
    @Transactional
    public void change(long id, Entry entry, Actor by) {
        Officer officer = find(id);
        Unit unit = unit(entry.unitId());
        String old = describe(officer);
        officer.change(name(entry), entry.strippedTitle(), employment(entry));
        if (!old.equals(describe(officer))) {
            audit.record(by, AuditAction.OFFICER_CHANGED, "officer " + officer.getCode(), old + " → "
                    + describe(officer));
        }
        Unit from = officer.getUnit();
        if (!Objects.equals(from.getId(), unit.getId())) {
            officer.moveTo(unit);
            audit.record(by, AuditAction.OFFICER_MOVED, "officer " + officer.getCode(), from.label() + " → "
                    + unit.label());
            events.publishEvent(new OfficerMoved(officer.getId(), from.getId(), unit.getId(), by));
        }
    }

    /** Marks an officer as gone from today; their account is locked, their records stay. Twice changes nothing. */
    @Transactional
    public void leave(long id, Actor by) {
        Officer officer = find(id);
        if (officer.getLeftOn().isEmpty()) {
            officer.leave(time.today());
            audit.record(by, AuditAction.OFFICER_LEFT, "officer " + officer.getCode(), "— → " + DAY.format(time.today()));
            events.publishEvent(new OfficerLeft(officer.getId(), by));
        }
    }

    private Officer find(long id) {
        return officers.findById(id).orElseThrow(() -> new Refusal("problem.officer.unknown", "No officer #" + id));
    }

    private Unit unit(Long id) {
        return (id == null ? java.util.Optional.<Unit>empty() : units.findById(id))
                .orElseThrow(() -> new Refusal("problem.officer.unknown-unit", "No unit #" + id));
    }

    private static String name(Entry entry) {
        String name = entry.fullName() == null ? "" : entry.fullName().strip();
        if (name.isEmpty() || name.length() > 120 || entry.title() != null && entry.title().strip().length() > 120) {
            throw new Refusal("problem.officer.name", "A name of 1 to 120 characters, a title of 120 at most");
        }
        return name;
    }

    private static Employment employment(Entry entry) {
        return entry.employment() == null ? Employment.CIVIL_SERVANT : entry.employment();
    }

    /** "Nguyễn Thị Hương, Công chức Tư pháp, CIVIL_SERVANT": the audit shows the employment code in words. */
    private static String describe(Officer officer) {
        return officer.getFullName() + (officer.getTitle() == null ? "" : ", " + officer.getTitle()) + ", "
                + officer.getEmployment().name();
    }
}
