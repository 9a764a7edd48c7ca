package vn.motcua.counter;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the counter screens (console, displays, hall board, rating pad) need; the server implements it. */
public interface CounterPort {

    String centerName();

    List<CounterInfo> counters();

    List<OfficerInfo> officers();

    /** Seats an officer at a counter; later calls there are attributed to them. */
    void openCounter(int counterNumber, long officerId);

    /** The seated officer leaves the counter: nothing more is attributed to them there. */
    void closeCounter(int counterNumber);

    /** Finishes the current ticket, if any, and calls the next; empty when nobody waits for this counter. */
    Optional<CalledTicket> callNext(int counterNumber);

    /** Finishes the ticket being served; empty when the counter served none. */
    Optional<CalledTicket> finish(int counterNumber);

    /** Calls the current visitor again; the recalls are counted. */
    CalledTicket recall(int counterNumber);

    /** The visitor has arrived at the counter. */
    CalledTicket startServing(int counterNumber);

    /** The called visitor did not come (allowed after the center's required recalls). */
    CalledTicket noShow(int counterNumber);

    /** Puts the current ticket aside with a comment, e.g. while the visitor fetches a document. */
    CalledTicket hold(int counterNumber, String comment);

    /** Takes back the ticket put aside last at this counter. */
    CalledTicket resume(int counterNumber);

    /** Sends the current ticket to the front of another service's queue; the visitor keeps the number. */
    CalledTicket transfer(int counterNumber, String serviceCode);

    /** Serves a visitor who has no ticket; a numbered record is still made. */
    CalledTicket walkIn(int counterNumber, String serviceCode);

    /** The services a ticket can be transferred to or a walk-in served for. */
    List<ServiceOption> services();

    CounterStatus status(int counterNumber);

    /** Today's own figures of the officer seated at the counter, for their console; empty while nobody sits there. */
    Optional<OfficerToday> officerToday(int counterNumber);

    HallStatus hall();

    /** The faces the center's pads show, best first: 3, 4 or 5 of them. */
    List<PadScore> padScale();

    /** The ticket the counter's pad would rate now, with the officer who served it. */
    Optional<TicketToRate> ticketToRate(int counterNumber);

    /** Stores a rating for the ticket the pad shows; says which ticket it went to and whether to ask why. */
    GivenRating rate(int counterNumber, PadScore score);

    /** Stores why the visitor was not satisfied: at least one reason, once per rating. */
    void giveReasons(long ratingId, Set<PadReason> reasons);

    /** How long the pad keeps its reasons and thank-you screens before it waits for the next visitor. */
    PadTimeouts padTimeouts();

    /** Calls the listener after any change of the queue or the ratings; remove the registration on detach. */
    Registration onChange(Runnable listener);

    /** A counter and who sits there. */
    record CounterInfo(int number, String name, Long officerId, String officerName) {
    }

    /** An officer who can sit at a counter. */
    record OfficerInfo(long id, String fullName, String unitName) {
    }

    /** A ticket called to a counter. */
    record CalledTicket(String number, String serviceName, boolean priority, int counterNumber, String officerName,
            Instant calledAt, boolean serving, int recalls) {
    }

    /** A ticket the pad offers; {@code closesIn} is empty while it is served (the rating window opens at finish). */
    record TicketToRate(CalledTicket ticket, Optional<Duration> closesIn) {
    }

    /** A rating just stored; after a low score the pad asks why. */
    record GivenRating(long ratingId, CalledTicket ticket, boolean reasonsAsked) {
    }

    /** How long the pad's reasons and thank-you screens stay before it goes back to waiting. */
    record PadTimeouts(Duration reasons, Duration thanks) {
    }

    /** A service, as the officer picks it for a transfer or a walk-in. */
    record ServiceOption(String code, String name) {
    }

    /** A refusal of the queue, with the i18n key of the reason to show the officer. */
    class Refusal extends RuntimeException {

        private final String messageKey;

        public Refusal(String messageKey, String detail) {
            super(detail);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
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
            List<WaitingTicket> waiting, List<String> heldNumbers, Instant readAt) {
    }

    /**
     * What the officer seated at a counter achieved today, wherever they sat: tickets finished, their average
     * service time, and the citizens' ratings of them (satisfied share in whole percent, empty before the first).
     */
    record OfficerToday(String officerName, long served, Optional<Duration> averageServiceTime, long ratings,
            Optional<Integer> satisfiedPercent) {
    }

    /** Waiting tickets of one service. */
    record ServiceQueue(String letter, String serviceName, long waiting) {
    }

    /** What the hall board shows: the last calls, newest first, waiting per service, and the notice line if any. */
    record HallStatus(List<CalledTicket> lastCalls, List<ServiceQueue> queues, Optional<String> notice) {
    }
}
