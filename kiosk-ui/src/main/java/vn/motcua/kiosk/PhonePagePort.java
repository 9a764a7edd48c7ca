package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** What the phone page behind a ticket's QR code needs from the application; the server implements it. */
public interface PhonePagePort {

    CenterInfo center();

    Optional<TicketTracking> track(String trackingCode);

    /**
     * While the view is attached, runs {@code refresh} in its UI after each change of the queue that can change this
     * ticket's state or the people ahead of it; changes elsewhere in the hall do not wake the phone.
     */
    void follow(Component view, String trackingCode, Runnable refresh);

    /** A ticket's progress as the phone page shows it. */
    record TicketTracking(String number, String serviceName, TrackingState state, long peopleAhead,
            Integer counterNumber) {
    }

    /** Where a tracked ticket is. */
    enum TrackingState {
        WAITING, CALLED, DONE
    }
}
