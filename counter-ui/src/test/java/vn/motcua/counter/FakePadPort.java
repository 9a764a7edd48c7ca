package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/** A pad port with one ticket being served, which keeps the scores, reasons and rating forms the pad sent. */
class FakePadPort implements PadPort {

    /** One score the pad sent. */
    record Rated(int counterNumber, PadScore score) {
    }

    static final CalledTicket SERVED = new CalledTicket("F001", "Trợ cấp xã hội", false, 5, "Hoàng Thị Lan",
            Instant.parse("2026-11-23T01:00:00Z"), true, 0);

    List<PadScore> scale = List.of(PadScore.SATISFIED, PadScore.NEUTRAL, PadScore.UNSATISFIED);
    Optional<TicketToRate> toRate = Optional.of(new TicketToRate(SERVED, Optional.empty()));
    final List<Rated> rated = new ArrayList<>();
    final List<Set<PadReason>> reasons = new ArrayList<>();
    /** The province's form the served visit owes, if a test sets one. */
    Optional<FormToAnswer> formOwed = Optional.empty();
    final List<FormAnswers> forms = new ArrayList<>();
    IntSupplier followed;

    @Override
    public String centerName() {
        return "Trung tâm thử";
    }

    @Override
    public List<PadScore> padScale() {
        return scale;
    }

    @Override
    public Optional<TicketToRate> ticketToRate(int counterNumber) {
        return toRate;
    }

    @Override
    public GivenRating rate(int counterNumber, PadScore score) {
        rated.add(new Rated(counterNumber, score));
        boolean low = score.compareTo(PadScore.NEUTRAL) >= 0;
        return new GivenRating(rated.size(), SERVED, low);
    }

    @Override
    public void giveReasons(long ratingId, Set<PadReason> given) {
        reasons.add(given);
    }

    @Override
    public PadTimeouts padTimeouts() {
        // Longer than any test: the pad stays on its reasons or thank-you screen while the test looks.
        return new PadTimeouts(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    @Override
    public Optional<FormToAnswer> formToAnswer(int counterNumber) {
        return formOwed;
    }

    @Override
    public void answerForm(FormToAnswer form, FormAnswers answers) {
        forms.add(answers);
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        this.followed = counterNumber;
    }
}
