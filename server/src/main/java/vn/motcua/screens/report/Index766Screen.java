package vn.motcua.screens.report;

import java.util.Optional;
import vn.motcua.dossier.DossierScope;
import vn.motcua.dossier.Dossiers;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Who reads the reports on the screens and their files (the 766 index, the daily report, the weekly overdue count),
 * and how far: managers the center, a head their unit.
 */
final class Index766Screen {

    private Index766Screen() {
    }

    static boolean reads(SignedInUser user) {
        return user.role() == Role.MANAGER || user.role() == Role.ADMIN || user.role() == Role.UNIT_HEAD;
    }

    /** Empty for the whole center (managers, administrators); the head's own unit otherwise. */
    static Optional<Long> unitOf(SignedInUser user, Dossiers dossiers) {
        DossierScope scope = scopeOf(user, dossiers);
        if (scope.allUnits()) {
            return Optional.empty();
        }
        if (scope.unitId() == null) {
            throw new Refusal("problem.auth.forbidden", "A head of unit with no unit reads no index");
        }
        return Optional.of(scope.unitId());
    }

    /** Whose dossiers the reader's reports count: every unit's for managers, the head's unit's. */
    static DossierScope scopeOf(SignedInUser user, Dossiers dossiers) {
        return dossiers.scopeOf(user.role() == Role.MANAGER || user.role() == Role.ADMIN,
                user.role() == Role.UNIT_HEAD, user.officerId(), user.unitId());
    }
}
