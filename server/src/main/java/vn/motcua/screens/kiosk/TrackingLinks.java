package vn.motcua.screens.kiosk;

import org.springframework.stereotype.Component;
import vn.motcua.center.PublicAddress;

/** Builds the phone page addresses behind the QR codes: a ticket's, a feedback's. */
@Component
class TrackingLinks {

    private final PublicAddress address;

    TrackingLinks(PublicAddress address) {
        this.address = address;
    }

    String trackingUrl(String trackingCode) {
        return address.of("/t/" + trackingCode);
    }

    /** The page where a feedback's sender reads where it stands and its answer, by the code they hold. */
    String feedbackUrl(String feedbackCode) {
        return address.of("/phan-anh/" + feedbackCode);
    }
}
