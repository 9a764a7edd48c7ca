package vn.motcua.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.audit.Actor;
import vn.motcua.audit.ActorKind;

/** Who the audit trail names for what this thread does: the person signed in, the device, else the server. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The actor behind a request's principal (API code: the request's own, not the thread's). */
    public static Actor of(java.security.Principal principal) {
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
}
