package vn.motcua.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a session: their role and, for officers, the officer record their work is attributed to. */
public record SignedInUser(String username, String passwordHash, Role role, String fullName, Long officerId,
        Long unitId, boolean enabled, boolean throttled) implements UserDetails {

    static SignedInUser of(UserAccount account, boolean throttled) {
        return new SignedInUser(account.getUsername(), account.getPasswordHash(), account.getRole(),
                account.getFullName(), account.getOfficerId(), account.getUnitId(), account.isEnabled(), throttled);
    }

    /** Too many wrong passwords lately: Spring Security refuses the sign-in before it checks this one. */
    @Override
    public boolean isAccountNonLocked() {
        return !throttled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether this person may sit at a counter: an officer, or a unit head who is also an officer. */
    public boolean servesAtCounters() {
        return officerId != null && (role == Role.OFFICER || role == Role.UNIT_HEAD);
    }
}
