package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where a device's browser collects its token: the token goes into a cookie, the browser back to its screen. */
@RestController
class DeviceClaimController {

    private final DevicePairing pairing;

    DeviceClaimController(DevicePairing pairing) {
        this.pairing = pairing;
    }

    /** After an admin approved the code: the device's own page comes here with its claim secret. */
    @GetMapping("/pair/claim")
    ResponseEntity<Void> claim(@RequestParam("c") String claimSecret, HttpServletRequest request,
            HttpServletResponse response) {
        return pairing.claim(claimSecret).map(pending -> {
            DeviceCookie.write(response, pending.token(), request.isSecure());
            return redirect(pending.next());
        }).orElseGet(() -> redirect("/pair"));
    }

    /**
     * A link that carries a token (printed by the demo, or a QR code an installer scans): the browser becomes that
     * device. Only a valid token is stored; knowing one already gives the device's rights through the API.
     */
    @GetMapping("/pair/token")
    ResponseEntity<Void> token(@RequestParam("t") String token, @RequestParam(value = "next", required = false)
            String next, HttpServletRequest request, HttpServletResponse response) {
        return pairing.authenticate(token).map(device -> {
            DeviceCookie.write(response, token, request.isSecure());
            return redirect(next);
        }).orElseGet(() -> redirect("/pair"));
    }

    private static ResponseEntity<Void> redirect(String next) {
        // Only a path on this server: a pairing link must not send a kiosk anywhere else.
        String target = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                ? next : "/";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
    }
}
