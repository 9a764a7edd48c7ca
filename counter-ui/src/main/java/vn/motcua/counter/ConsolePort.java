package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/** What the officer's console needs; the server implements it. Refusals come as {@link CounterRefusal}. */
public interface ConsolePort extends DossierDesk {

    String centerName();

    List<CounterInfo> counters();

    /** The officers who may take a counter from this console: only the one signed in here. */
    List<OfficerInfo> officers();

    /** Seats an officer at a counter; later calls there are attributed to them. */
    void openCounter(int counterNumber, long officerId);

    /** The seated officer leaves the counter: nothing more is attributed to them there. */
    void closeCounter(int counterNumber);

    /** Does one thing at the counter; returns the ticket it concerns, empty when there was none to call or finish. */
    Optional<CalledTicket> act(int counterNumber, CounterAction action);

    /** The services a ticket can be transferred to or a walk-in served for. */
    List<ServiceOption> services();

    CounterStatus status(int counterNumber);

    /** Today's own figures of the officer seated at the counter, for their console; empty while nobody sits there. */
    Optional<OfficerToday> officerToday(int counterNumber);

    /**
     * The dossiers linked to the visit the counter links to now (the ticket called or served there, or the one its
     * officer just finished), in the order linked; no ticket number when there is no such visit.
     */
    VisitDossiers dossiers(int counterNumber);

    /** Links the counter's visit to the dossier with this code; the same code again on the same visit is no error. */
    void linkDossier(int counterNumber, String dossierCode, DossierPurpose purpose);

    /**
     * Runs {@code refresh} under the view's UI, while it is attached, after a change of the queue that can reach what
     * the console shows (anything at its counter, tickets of the services the counter serves) and after a rating at
     * the counter the console shows now (0: none); once for all that one commit changed.
     */
    void follow(Component view, IntSupplier counterNumber, Runnable refresh);

    /** A counter and who sits there. */
    record CounterInfo(int number, String name, Long officerId, String officerName) {
    }

    /** An officer who can sit at a counter. */
    record OfficerInfo(long id, String fullName, String unitName) {
    }

    /** A service, as the officer picks it for a transfer or a walk-in. */
    record ServiceOption(String code, String name) {
    }

    /**
     * A waiting ticket as the officer's list shows it, with why it goes ahead if it does: its priority category
     * (the key suffix, e.g. "elderly"), the day it was carried over from, or put back at the front (transferred here,
     * or an absent visitor who came back).
     */
    record WaitingTicket(String number, String serviceName, Optional<String> priority, Optional<LocalDate> carriedFrom,
            boolean putInFront, Instant issuedAt) {
    }

    /**
     * One counter's state: who serves, what they serve now and since when serving started (empty while only
     * called), who waits for them, what is on hold, and the server's time of this reading, from which the console's
     * running timer starts.
     */
    record CounterStatus(CounterInfo counter, Optional<CalledTicket> current, Optional<Instant> servingSince,
            List<WaitingTicket> waiting, List<HeldTicket> held, Instant readAt) {
    }

    /** A ticket put aside at the counter, with the reason the officer gave. */
    record HeldTicket(String number, String comment) {
    }

    /**
     * What the officer seated at a counter achieved today, wherever they sat: tickets finished, their average
     * service time, and the citizens' ratings of them (satisfied share in whole percent, empty before the first).
     */
    record OfficerToday(String officerName, long served, Optional<Duration> averageServiceTime, long ratings,
            Optional<Integer> satisfiedPercent) {
    }

    /** The visit dossiers can be linked to now, by its ticket number, and the dossiers linked to it. */
    record VisitDossiers(Optional<String> ticketNumber, List<LinkedDossier> dossiers) {
    }

    /** A dossier linked to the visit: its code, procedure code, status (the national status name) and due date. */
    record LinkedDossier(String code, String procedureCode, String status, Instant dueAt, DossierPurpose purpose) {
    }
}
