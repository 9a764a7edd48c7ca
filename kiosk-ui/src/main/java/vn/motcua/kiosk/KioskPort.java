package vn.motcua.kiosk;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the kiosk and the phone tracking page need from the application; the server implements it. */
public interface KioskPort {

    CenterInfo center();

    /** Services in kiosk order, each with its field and how many wait for it now. */
    List<ServiceChoice> services();

    /**
     * Issues a ticket; it is committed before anything is printed, so a printer failure never costs the visitor
     * their number. The kiosk shows the number at once and prints with {@link #print(String)}.
     */
    TicketReceipt issue(String serviceCode, Priority priority);

    /** Prints an issued ticket, the first time or again after a failure; blocks while the printer works. */
    PrintResult print(String trackingCode);

    Optional<TicketTracking> track(String trackingCode);

    /** How long a kiosk screen waits untouched before going back to the start, in Vietnamese. */
    default Duration idleTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Calls the listener after any change of the queue; remove the registration on detach. */
    Registration onQueueChange(Runnable listener);

    /**
     * The center's name, its hotline and its leaders' hotlines in their order: seed 000 wants the leaders' numbers
     * posted publicly, so every kiosk step and the phone page show them.
     */
    record CenterInfo(String name, String hotline, List<Leader> leaders) {

        public CenterInfo {
            leaders = List.copyOf(leaders);
        }
    }

    /** A leader a visitor may call about a problem at the center. */
    record Leader(String title, String fullName, String phone) {
    }

    /** A service a visitor can queue for. */
    record ServiceChoice(String code, String name, String letter, String fieldName, long waiting) {
    }

    /** The outcome of one print: when it failed, a reason a person can read. */
    record PrintResult(boolean printed, String problem) {
    }

    /** The ticket a visitor just took. */
    record TicketReceipt(String number, String serviceName, Priority priority, Instant issuedAt, long peopleAhead,
            long estimatedWaitMinutes, String trackingCode, String trackingUrl) {
    }

    /** A ticket's progress as the phone page shows it. */
    record TicketTracking(String number, String serviceName, TrackingState state, long peopleAhead,
            Integer counterNumber) {
    }

    /** Where a tracked ticket is. */
    enum TrackingState {
        WAITING, CALLED, DONE
    }
}
