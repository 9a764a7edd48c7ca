package vn.motcua.screens.kiosk;

import org.springframework.stereotype.Component;
import vn.motcua.center.PublicAddress;

/** Builds the phone page address behind a ticket's QR code. */
@Component
class TrackingLinks {

    private final PublicAddress address;

    TrackingLinks(PublicAddress address) {
        this.address = address;
    }

    String trackingUrl(String trackingCode) {
        return address.of("/t/" + trackingCode);
    }
}
