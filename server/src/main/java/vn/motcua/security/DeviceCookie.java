package vn.motcua.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;

/** Where a paired browser keeps its token: a cookie scripts cannot read, sent with every request to the server. */
final class DeviceCookie {

    static final String NAME = "motcua-device";
    /** API clients (a kiosk program, a test) send the token in this header instead. */
    static final String HEADER = "X-Device-Token";

    private DeviceCookie() {
    }

    static Optional<String> read(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }

    static void write(HttpServletResponse response, String token, boolean secure) {
        // A kiosk runs for years without anyone at its keyboard: the pairing lasts until an admin revokes it.
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, token).httpOnly(true).secure(secure)
                .sameSite("Lax").path("/").maxAge(Duration.ofDays(3650)).build().toString());
    }
}
