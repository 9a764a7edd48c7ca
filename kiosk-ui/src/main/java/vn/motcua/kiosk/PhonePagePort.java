package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalTime;
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

    /** The number the visitor left for the ticket, masked but for its last 3 digits, and how its message went. */
    Optional<ContactShown> contact(String trackingCode);

    /** Leaves the visitor's number with their consent; answers the message key of the refusal when not taken. */
    Optional<String> giveContact(String trackingCode, String phone, boolean consent);

    /** Forgets the visitor's number at once. */
    void withdrawContact(String trackingCode);

    /** For how many days at most a number left on the phone page is kept. */
    int contactKeptDays();

    /** A number left for a ticket, as the visitor may see it, and where the message to it stands. */
    record ContactShown(String maskedPhone, MessageProgress progress) {
    }

    /** Where the near-call message stands: not yet due, being sent, sent, or not sent (follow the page instead). */
    enum MessageProgress {
        NOT_YET, WAITING, SENT, NOT_SENT
    }

    /**
     * A ticket's progress as the phone page shows it: {@code serviceName} the queue it is in now, {@code counterNumber}
     * the counter it was called to (or transferred to), {@code day} the day it is queued for and {@code callsFrom}
     * that day's opening time while it is still ahead (else null).
     */
    record TicketTracking(String number, String serviceName, TrackingState state, long peopleAhead,
            long estimatedWaitMinutes, Integer counterNumber, String holdComment, LocalDate day, LocalTime callsFrom) {
    }

    /** Where a tracked ticket is: one page for each, so the visitor always knows what to do. */
    enum TrackingState {
        /** In today's queue. */
        WAITING,
        /** Taken after hours for a later working day. */
        UPCOMING,
        /** Still waiting at closing time: kept its number, called first on its new day. */
        CARRIED_OVER,
        /** Sent on to another service or counter, at the front of that queue. */
        TRANSFERRED,
        CALLED,
        SERVING,
        /** Put aside at the counter (the visitor fetches a document), with the officer's comment. */
        HELD,
        /** Called and did not come; may come back today. */
        ABSENT,
        /** Absent on an earlier day: the number is no longer valid. */
        EXPIRED,
        DONE
    }
}
