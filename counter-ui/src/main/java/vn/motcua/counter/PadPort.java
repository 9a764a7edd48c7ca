package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/** What a counter's rating pad needs; the server implements it. Refusals come as {@link CounterRefusal}. */
public interface PadPort {

    String centerName();

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

    /**
     * The province's rating form the visit just served at the counter owes, when the center uses the form: the
     * dossiers it collected that have no form yet. Empty otherwise.
     */
    Optional<FormToAnswer> formToAnswer(int counterNumber);

    /** Stores the citizen's answers as the form of every dossier the visit collected. */
    void answerForm(FormToAnswer form, FormAnswers answers);

    /**
     * Runs {@code refresh} under the view's UI, while it is attached, after each change of the queue or rating at its
     * counter, and after the center changes its scale or rating window.
     */
    void follow(Component view, IntSupplier counterNumber, Runnable refresh);

    /** A ticket the pad offers; {@code closesIn} is empty while it is served (the rating window opens at finish). */
    record TicketToRate(CalledTicket ticket, Optional<Duration> closesIn) {
    }

    /** A rating just stored; after a low score the pad asks why. */
    record GivenRating(long ratingId, CalledTicket ticket, boolean reasonsAsked) {
    }

    /**
     * How long the pad's reasons and thank-you screens stay before it goes back to waiting; the rating form waits
     * {@code form} after each touch.
     */
    record PadTimeouts(Duration reasons, Duration thanks, Duration form) {
    }

    /** A visit (ticket) that collected dossiers owing the province's rating form. */
    record FormToAnswer(long visitId, String ticketNumber, List<String> dossierCodes) {
    }

    /**
     * The citizen's form: both questions answered, the reason (required after a {@link PadFormAnswer#DISSATISFIED}),
     * and the criteria they chose to score.
     */
    record FormAnswers(PadFormAnswer answerOne, PadFormAnswer answerTwo, String reason,
            Map<PadFormCriterion, Integer> criteria) {
    }
}
