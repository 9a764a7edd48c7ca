package vn.motcua.dossier;

import java.util.Optional;
import vn.motcua.audit.Actor;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Who acts on a dossier, as the record names them: the officer (if they are one), their unit, and whether they answer
 * for the unit (head) or the center (manager, administrator). Made from the person signed in.
 */
public record Handler(Actor actor, Optional<Long> officerId, Optional<Long> unitId, boolean headOfUnit,
        boolean manager) {

    public static Handler of(SignedInUser user) {
        return new Handler(Actor.user(user.username()), Optional.ofNullable(user.officerId()),
                Optional.ofNullable(user.unitId()), user.role() == Role.UNIT_HEAD,
                user.role() == Role.MANAGER || user.role() == Role.ADMIN);
    }

    /** The handler's officer; refused for anyone whose work is not on an officer's name. */
    public long officer() {
        return officerId.orElseThrow(() -> new Refusal("problem.counter.not-an-officer",
                "Only an officer's work can be put on a dossier's record"));
    }

    /** Whether they may act for the dossier's holder: the holder, the head of the dossier's unit, or a manager. */
    boolean mayActFor(Dossier dossier) {
        // officerId present: two empties are equal, and someone with no officer record held no unheld dossier.
        return manager || officerId.isPresent() && dossier.getHolderOfficerId().equals(officerId)
                || headOfUnit && unitId.isPresent() && dossier.getUnitId().equals(unitId);
    }
}
