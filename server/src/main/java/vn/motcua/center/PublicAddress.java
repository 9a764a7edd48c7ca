package vn.motcua.center;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address citizens' phones reach the center at, behind every QR code on paper (tickets, receipts). A center sets
 * motcua.public-url to the address phones reach on its network; without it the address of the current request.
 */
@Component
public class PublicAddress {

    private final String publicUrl;

    PublicAddress(@Value("${motcua.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The full address of a path of this server, e.g. "/t/abc". */
    public String of(String path) {
        return (publicUrl.isBlank() ? currentBase() : publicUrl) + path;
    }

    private static String currentBase() {
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException outsideARequest) {
            return "http://localhost:8080";
        }
    }
}
