package vn.motcua.security;

import java.io.Serializable;
import java.security.Principal;

/** A paired device as it acts: its role and, for a counter's display or pad, the counter. */
public record DeviceIdentity(long id, DeviceRole role, Integer counterNumber, String name)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return name;
    }

    /** Whether this device may show the screen of this role (and counter). */
    public boolean mayShow(DeviceRole screenRole, Integer screenCounter) {
        return role == screenRole && (!role.perCounter() || java.util.Objects.equals(counterNumber, screenCounter));
    }
}
