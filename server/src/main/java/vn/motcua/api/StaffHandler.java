package vn.motcua.api;

import java.security.Principal;
import vn.motcua.dossier.Handler;
import vn.motcua.i18n.Refusal;
import vn.motcua.security.Accounts;

/** The person behind an API request, as a dossier's record names whoever acts on it. */
final class StaffHandler {

    private StaffHandler() {
    }

    static Handler of(Principal principal) {
        return Handler.of(Accounts.of(principal).orElseThrow(
                () -> new Refusal("problem.auth.forbidden", "Dossiers are handled by staff")));
    }
}
