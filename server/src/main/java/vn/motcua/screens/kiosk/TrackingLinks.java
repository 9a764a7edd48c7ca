package vn.motcua.screens.kiosk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the phone page address behind a ticket's QR code. A center sets motcua.public-url to the address
 * phones reach on its network; without it the address the kiosk itself used is taken.
 */
@Component
class TrackingLinks {

    private final String publicUrl;

    TrackingLinks(@Value("${motcua.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String trackingUrl(String trackingCode) {
        String base = publicUrl.isBlank() ? currentBase() : publicUrl;
        return base + "/t/" + trackingCode;
    }

    private static String currentBase() {
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException outsideARequest) {
            return "http://localhost:8080";
        }
    }
}
