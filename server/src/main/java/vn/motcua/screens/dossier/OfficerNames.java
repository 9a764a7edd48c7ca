package vn.motcua.screens.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/** Officers and units by id as one screen names them, each read once per screen. */
final class OfficerNames {

    private final Officers officers;
    private final Map<Long, Optional<Officer>> officerById = new HashMap<>();
    private final Map<Long, Optional<Unit>> unitById = new HashMap<>();

    OfficerNames(Officers officers) {
        this.officers = officers;
    }

    /** The officer's full name; empty for none. */
    String name(Long officerId) {
        return officer(officerId).map(Officer::getFullName).orElse("");
    }

    /** The name of the officer's own unit; empty for none. */
    String unitOf(Long officerId) {
        return officer(officerId).map(officer -> officer.getUnit().getName()).orElse("");
    }

    String unit(Long unitId) {
        return unitId == null ? "" : unitById.computeIfAbsent(unitId, officers::unit).map(Unit::getName).orElse("");
    }

    private Optional<Officer> officer(Long officerId) {
        return officerId == null ? Optional.empty() : officerById.computeIfAbsent(officerId, officers::find);
    }
}
