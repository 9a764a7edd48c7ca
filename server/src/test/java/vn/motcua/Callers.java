package vn.motcua;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.motcua.audit.Actor;
import vn.motcua.security.Accounts;
import vn.motcua.security.DeviceAuthentication;
import vn.motcua.security.DevicePairing;
import vn.motcua.security.DeviceRole;
import vn.motcua.security.SignedInUser;

/** Who a test acts as on this thread: a demo account signed in, or a freshly paired device. */
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

    /** Pairs a new device of this role (and counter) and acts as it. */
    public void asDevice(DeviceRole role, Integer counterNumber) {
        String token = pairing.pair(role, counterNumber, "test " + role + " " + counterNumber, Actor.SYSTEM);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new DeviceAuthentication(pairing.authenticate(token).orElseThrow()));
        SecurityContextHolder.setContext(context);
    }

    public void anonymous() {
        SecurityContextHolder.clearContext();
    }
}
