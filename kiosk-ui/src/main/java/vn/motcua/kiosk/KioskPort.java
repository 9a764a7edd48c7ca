package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the ticket kiosk needs from the application; the server implements it. */
public interface KioskPort {

    CenterInfo center();

    /** Whether tickets are issued now and for which day; asked for the first screen and after each change. */
    KioskHours hours();

    /** Services in kiosk order, each with its field and how many wait for it now. */
    List<ServiceChoice> services();

    /**
     * Issues a ticket; it is committed before anything is printed, so a printer failure never costs the visitor
     * their number. The kiosk shows the number at once and prints the receipt with {@link #print(TicketReceipt)}.
     * A ticket the center declines for a reason the visitor must read throws {@link TicketRefused} with its words.
     */
    TicketReceipt issue(String serviceCode, Priority priority);

    /**
     * Prints an issued ticket with the figures its issue returned, never re-read, so paper and screen agree; the
     * first time or again after a failure. Blocks while the printer works.
     */
    PrintResult print(TicketReceipt receipt);

    /** The public catalogue of procedures in catalogue order, for a visitor to read what to bring (seed 002). */
    List<ProcedureInfo> procedures();

    /**
     * Sends a visitor's feedback from the kiosk's form (channel KIOSK); {@code contact} may be null. A refusal (too
     * short a text, say) comes as a {@link KioskRefusal} with words to show.
     */
    FeedbackReceipt sendFeedback(FeedbackTopic topic, String text, String contact);

    /** How long a kiosk screen waits untouched before going back to the start, in Vietnamese. */
    default Duration idleTimeout() {
        return Duration.ofSeconds(30);
    }

    /**
     * While the view is attached, runs {@code refresh} in its UI after each change of the queue that can change a
     * service's waiting count; nothing else wakes the kiosk.
     */
    void follow(Component view, Runnable refresh);

    /**
     * While the view is attached, runs {@code refresh} in its UI when {@link #hours()} may have changed (opening,
     * closing, midnight, the center's setting), so an idle kiosk closes at closing time without a reload.
     */
    void followHours(Component view, Runnable refresh);

    /**
     * Feedback received: its code, when the answer is due, and the public page where its state and answer are read
     * (the QR code on the screen). A confidential one (money asked) has the status page too, but never a public answer.
     */
    record FeedbackReceipt(String code, Instant answerDueAt, String statusUrl, boolean confidential) {
    }

    /** A service a visitor can queue for. */
    record ServiceChoice(String code, String name, String letter, String fieldName, long waiting) {
    }

    /** The outcome of one print: when it failed, a reason a person can read. */
    record PrintResult(boolean printed, String problem) {
    }

    /**
     * The ticket a visitor just took, with the figures the issue step returned: the screen and the paper show these.
     * {@code ticketDay} is the day it is for; {@code callsFrom} the opening time when it is taken before (else null).
     */
    record TicketReceipt(String number, String serviceName, Priority priority, Instant issuedAt, long peopleAhead,
            long estimatedWaitMinutes, String trackingCode, String trackingUrl, LocalDate ticketDay,
            LocalTime callsFrom) {
    }
}
