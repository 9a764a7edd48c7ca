package vn.motcua.report;

import java.util.Optional;
import vn.motcua.audit.Actor;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Who reads or acts on the monthly evaluation: an officer sees their own line, a head of unit their unit's, a manager
 * or an administrator every unit's. Made from the person signed in.
 */
public record Evaluator(String username, Optional<Long> officerId, Optional<Long> unitId, Role role) {

    public static Evaluator of(SignedInUser user) {
        return new Evaluator(user.username(), Optional.ofNullable(user.officerId()),
                Optional.ofNullable(user.unitId()), user.role());
    }

    public Actor actor() {
        return Actor.user(username);
    }

    /** Sees every unit. */
    public boolean seesAll() {
        return role == Role.MANAGER || role == Role.ADMIN;
    }

    public boolean headOfUnit() {
        return role == Role.UNIT_HEAD && unitId.isPresent();
    }
}
