package vn.motcua.screens.dossier;

import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/** Whose dossiers the person signed in reads, one rule for every dossier screen: the list, the detail, the slip. */
final class StaffScope {

    private StaffScope() {
    }

    /** Managers and administrators read every unit's dossiers. */
    static boolean seesEveryUnit(SignedInUser user) {
        return user.role() == Role.MANAGER || user.role() == Role.ADMIN;
    }

    static DossierScope of(Dossiers dossiers, SignedInUser user) {
        return dossiers.scopeOf(seesEveryUnit(user), user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
    }
}
