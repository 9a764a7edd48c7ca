package vn.motcua.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up for sign-in, and tells the rest of the server who is signed in now. */
@Service
public class Accounts implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SignInThrottle throttle;

    Accounts(UserAccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(account -> SignedInUser.of(account, throttle.blocked(username)))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /**
     * The officer who heads the unit (joint liability names them), from the enabled unit-head accounts; the first made
     * when a unit has several.
     */
    @Transactional(readOnly = true)
    public Optional<Long> headOf(long unitId) {
        return accounts.findByRoleAndUnitIdAndEnabledTrueAndOfficerIdNotNullOrderById(Role.UNIT_HEAD, unitId).stream()
                .findFirst().map(UserAccount::getOfficerId);
    }

    /** Every unit's head as {@link #headOf} finds them, by unit id, in one query (a list of every unit's). */
    @Transactional(readOnly = true)
    public Map<Long, Long> heads() {
        Map<Long, Long> heads = new HashMap<>();
        accounts.findByRoleAndUnitIdNotNullAndEnabledTrueAndOfficerIdNotNullOrderById(Role.UNIT_HEAD)
                .forEach(account -> heads.putIfAbsent(account.getUnitId(), account.getOfficerId()));
        return heads;
    }

    /** The person signed in on this thread's request or UI, if any (not a device). */
    public static Optional<SignedInUser> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The person behind a request's principal. API code takes the principal from the request rather than from
     * the thread: the request's is the one its own security filters authenticated.
     */
    public static Optional<SignedInUser> of(java.security.Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }
}
