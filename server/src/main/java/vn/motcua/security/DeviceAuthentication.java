package vn.motcua.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made by a paired device, proven by its token: never stored in a session, checked on each request. */
public class DeviceAuthentication extends AbstractAuthenticationToken {

    private final DeviceIdentity device;

    public DeviceAuthentication(DeviceIdentity device) {
        super(List.of(new SimpleGrantedAuthority(device.role().authority())));
        this.device = device;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public DeviceIdentity getPrincipal() {
        return device;
    }
}
