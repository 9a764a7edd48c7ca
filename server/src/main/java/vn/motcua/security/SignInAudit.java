package vn.motcua.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;

/** Every sign-in, failed sign-in (with the name tried) and sign-out goes into the audit trail; failures feed the throttle. */
@Component
class SignInAudit {

    private final AuditTrail audit;
    private final SignInThrottle throttle;

    SignInAudit(AuditTrail audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    /** Any right password (the sign-in page or an API call) forgives the wrong ones before it. */
    @EventListener
    void authenticated(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(Actor.user(event.getAuthentication().getName()), AuditAction.SIGNED_IN, null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        throttle.failed(event.getAuthentication().getName());
        audit.record(Actor.anonymous(event.getAuthentication().getName()), AuditAction.SIGN_IN_FAILED, null,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.record(Actor.user(event.getAuthentication().getName()), AuditAction.SIGNED_OUT, null, null);
    }
}
