package vn.motcua.officer;

import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.internal.UnitRepository;

/** The admin keeps the center's units (code and name); each change is on the audit trail with old and new value. */
@Service
public class UnitRegister {

    /** Short codes the reports print in narrow columns: letters, digits, dot, hyphen, underscore. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");

    private final UnitRepository units;
    private final AuditTrail audit;

    UnitRegister(UnitRepository units, AuditTrail audit) {
        this.units = units;
        this.audit = audit;
    }

    /** Adds a unit; a code another unit has is refused. */
    @Transactional
    public Unit add(String code, String name, Actor by) {
        String newCode = code(code);
        String newName = name(name);
        if (units.existsByCodeIgnoreCase(newCode)) {
            throw new Refusal("problem.unit.code-taken", "Unit code taken: " + newCode, newCode);
        }
        Unit unit = units.save(new Unit(newCode, newName));
        audit.record(by, AuditAction.UNIT_ADDED, "unit " + newCode, "— → " + unit.label());
        return unit;
    }

    /** Renames a unit or changes its code; its officers, heads and records follow (they name the unit by its id). */
    @Transactional
    public void change(long id, String code, String name, Actor by) {
        Unit unit = units.findById(id).orElseThrow(() -> new Refusal("problem.officer.unknown-unit", "No unit #" + id));
        String newCode = code(code);
        String newName = name(name);
        if (!newCode.equalsIgnoreCase(unit.getCode()) && units.existsByCodeIgnoreCase(newCode)) {
            throw new Refusal("problem.unit.code-taken", "Unit code taken: " + newCode, newCode);
        }
        String old = unit.label();
        unit.rename(newCode, newName);
        if (!old.equals(unit.label())) {
            audit.record(by, AuditAction.UNIT_CHANGED, "unit " + newCode, old + " → " + unit.label());
        }
    }

    private static String code(String code) {
        String stripped = code == null ? "" : code.strip();
        if (!CODE.matcher(stripped).matches()) {
            throw new Refusal("problem.unit.code", "A code of 1 to 30 letters, digits, dots or hyphens");
        }
        return stripped;
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            throw new Refusal("problem.unit.name", "A name of 1 to 200 characters");
        }
        return stripped;
    }
}
