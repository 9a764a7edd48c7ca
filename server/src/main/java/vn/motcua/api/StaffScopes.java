package vn.motcua.api;

import java.security.Principal;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/** Whose dossiers the caller reads: every unit's for managers and administrators, else their own unit's. */
final class StaffScopes {

    private StaffScopes() {
    }

    static DossierScope of(Dossiers dossiers, Principal principal) {
        SignedInUser user = Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "Dossiers are for staff"));
        return dossiers.scopeOf(user.role() == Role.MANAGER || user.role() == Role.ADMIN,
                user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
    }
}
