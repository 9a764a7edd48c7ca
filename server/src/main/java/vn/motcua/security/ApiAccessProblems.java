package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.i18n.Translations;

/**
 * A refused API call gets the same problem+json as every other API error, in Vietnamese unless asked otherwise; so
 * does an API address the firewall refuses before any filter chain (a "..", a ";" in a path segment).
 */
@Component
class ApiAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Translations translations;

    ApiAccessProblems(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        // No WWW-Authenticate challenge: a browser must not pop up a password box for a kiosk's failed call.
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.auth.required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.auth.forbidden");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            write(request, response, HttpStatus.BAD_REQUEST, "problem.request.address");
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        Locale language = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                && request.getHeader("Accept-Language") != null ? Locale.ENGLISH : Translations.VIETNAMESE;
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", translations.getTranslation(key, language),
                "instance", request.getRequestURI(), "code", key));
    }
}
