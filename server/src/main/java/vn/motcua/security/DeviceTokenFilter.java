package vn.motcua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a paired device act: a valid token (cookie or header) makes the request the device's, unless a person
 * is signed in. Checked on every request and never kept in a session, so a revoked token stops at once.
 */
class DeviceTokenFilter extends OncePerRequestFilter {

    private final DevicePairing pairing;
    private final SecurityContextHolderStrategy contexts;

    DeviceTokenFilter(DevicePairing pairing, SecurityContextHolderStrategy contexts) {
        this.pairing = pairing;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = contexts.getContext().getAuthentication();
        boolean personSignedIn = current != null && current.getPrincipal() instanceof SignedInUser;
        var device = personSignedIn ? java.util.Optional.<DeviceIdentity>empty()
                : DeviceCookie.read(request).flatMap(pairing::authenticate);
        if (device.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new DeviceAuthentication(device.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            // A pooled server thread must not carry this device into the next request it serves.
            contexts.clearContext();
        }
    }
}
