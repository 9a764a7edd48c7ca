package vn.motcua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a paired device act: a valid token (cookie or header) makes the request the device's, unless a person
 * is signed in. Checked on every request and never kept in a session, so a revoked token stops at once.
 */
class DeviceTokenFilter extends OncePerRequestFilter {

    private final DevicePairing pairing;

    DeviceTokenFilter(DevicePairing pairing) {
        this.pairing = pairing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        boolean personSignedIn = current != null && current.getPrincipal() instanceof SignedInUser;
        if (!personSignedIn) {
            DeviceCookie.read(request).flatMap(pairing::authenticate).ifPresent(device -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new DeviceAuthentication(device));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
