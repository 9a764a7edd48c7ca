package vn.motcua;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.audit.Actor;
import vn.motcua.security.Accounts;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.DeviceScreens;
import vn.motcua.security.SignedInUser;

/** Who a test acts as: a demo account signed in on this thread, or a freshly paired device in this session. */
@TestComponent
public class Callers {

    @Autowired
    Accounts accounts;
    @Autowired
    DevicePairing pairing;

    /** Signs a demo account in (its real roles and officer record), as the sign-in page would. */
    public SignedInUser signIn(String username) {
        SignedInUser user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /**
     * Pairs a new device of this role (and counter) and makes this browserless session that device: its token is
     * where the device screens look for it when a request carries no cookie.
     */
    public void asDevice(DeviceRole role, Integer counterNumber) {
        anonymous();
        String token = pairing.pair(role, counterNumber, "test " + role + " " + counterNumber, Actor.SYSTEM);
        VaadinSession.getCurrent().setAttribute(DeviceScreens.SESSION_TOKEN, token);
    }

    /** Nobody signed in, and not a paired device either. */
    public void anonymous() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(DeviceScreens.SESSION_TOKEN, null);
        }
    }
}
