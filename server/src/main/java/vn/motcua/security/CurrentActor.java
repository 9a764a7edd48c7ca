package vn.motcua.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.audit.Actor;
import vn.motcua.audit.ActorKind;
import vn.motcua.queue.Caller;

/**
 * Who the audit trail names for what this thread does: the person signed in, the device, else the server; and the
 * same as the caller of counter work, whose seat the queue checks.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The actor behind a request's principal (API code: the request's own, not the thread's). */
    public static Actor of(Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return Actor.SYSTEM;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Actor.user(user.username());
        }
        if (authentication.getPrincipal() instanceof DeviceIdentity device) {
            return new Actor("device#" + device.id() + " " + device.name(), ActorKind.DEVICE);
        }
        return Actor.SYSTEM;
    }

    /** The paired device behind a request's principal (API code), if a device made the request. */
    public static Optional<DeviceIdentity> device(Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof DeviceIdentity device ? Optional.of(device) : Optional.empty();
    }

    /** The paired device showing the screen of this thread's UI (the device guard names it on each navigation). */
    public static Optional<DeviceIdentity> screenDevice() {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : Optional.ofNullable(ComponentUtil.getData(ui, DeviceIdentity.class));
    }

    /** The caller of counter work on this thread: the person signed in, with their officer if they serve at counters. */
    public static Caller caller() {
        return caller(get(), Accounts.current());
    }

    /** The same for an API request's principal. */
    public static Caller caller(Principal principal) {
        return caller(of(principal), Accounts.of(principal));
    }

    private static Caller caller(Actor actor, Optional<SignedInUser> user) {
        return new Caller(actor, user.filter(SignedInUser::servesAtCounters).map(SignedInUser::officerId));
    }
}
