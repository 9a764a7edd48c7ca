package vn.motcua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a machine do one operations task with a configured bearer token, so no person's password sits in its
 * configuration: a metrics collector (Prometheus) reads {@code /actuator/prometheus}, the backup timer asks for a
 * backup. Without a configured token nobody passes here.
 */
class OperationsTokenFilter extends OncePerRequestFilter {

    /** The authority the scrape token gives: reading the metrics, nothing else. */
    static final String METRICS_READER = "METRICS_READER";
    /** The authority the backup token gives: asking for a backup, nothing else. */
    static final String BACKUP_TAKER = "BACKUP_TAKER";

    private final byte[] token;
    private final String authority;
    private final SecurityContextHolderStrategy contexts;

    OperationsTokenFilter(String token, String authority, SecurityContextHolderStrategy contexts) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.authority = authority;
        this.contexts = contexts;
    }

    /** One mark per token kind: by default all instances of this class share one, and only the first would run. */
    @Override
    protected String getAlreadyFilteredAttributeName() {
        return OperationsTokenFilter.class.getName() + "." + authority + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (token.length == 0 || header == null || !header.startsWith("Bearer ")
                // Constant time: the comparison must not tell a guesser how many characters were right.
                || !MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))
                || contexts.getContext().getAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authority, null,
                List.of(new SimpleGrantedAuthority(authority))));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
