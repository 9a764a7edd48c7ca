package vn.motcua.screens.counter;

import static vn.motcua.screens.counter.CounterRefusals.translated;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import vn.motcua.center.CenterSettings;
import vn.motcua.center.CenterSettings.Setting;
import vn.motcua.center.Centers;
import vn.motcua.counter.PadPort;
import vn.motcua.counter.PadReason;
import vn.motcua.counter.PadScore;
import vn.motcua.dossier.AnswerRatingForm;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.LinkVisit;
import vn.motcua.dossier.ProvinceRatingForm.Answer;
import vn.motcua.dossier.ProvinceRatingForm.CitizenAnswers;
import vn.motcua.live.LiveUpdates;
import vn.motcua.queue.QueueEvents.QueueEvent;
import vn.motcua.rating.GiveRating;
import vn.motcua.rating.GiveRating.RatingEvent;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;

/**
 * The rating pad's view of the application: the ticket to rate at counter n, the center's scale, the ratings, and the
 * province's rating form owed by the visit just served there.
 */
@org.springframework.stereotype.Component
class PadScreen implements PadPort {

    private final Centers centers;
    private final GiveRating giveRating;
    private final LinkVisit linkVisit;
    private final AnswerRatingForm ratingForm;
    private final LiveUpdates live;
    private final Duration reasonsTimeout;
    private final Duration thanksTimeout;
    private final Duration formTimeout;

    PadScreen(Centers centers, GiveRating giveRating, LinkVisit linkVisit, AnswerRatingForm ratingForm,
            LiveUpdates live, @Value("${motcua.pad.reasons-timeout:30s}") Duration reasonsTimeout,
            @Value("${motcua.pad.thanks-timeout:5s}") Duration thanksTimeout,
            @Value("${motcua.pad.form-timeout:90s}") Duration formTimeout) {
        this.centers = centers;
        this.giveRating = giveRating;
        this.linkVisit = linkVisit;
        this.ratingForm = ratingForm;
        this.live = live;
        this.reasonsTimeout = reasonsTimeout;
        this.thanksTimeout = thanksTimeout;
        this.formTimeout = formTimeout;
    }

    @Override
    public String centerName() {
        return centers.profile().getName();
    }

    @Override
    public List<PadScore> padScale() {
        return giveRating.scale().levels().stream().map(level -> PadScore.valueOf(level.name())).toList();
    }

    @Override
    public Optional<TicketToRate> ticketToRate(int counterNumber) {
        return giveRating.ticketToRate(counterNumber)
                .map(ticket -> new TicketToRate(CalledTickets.of(ticket), giveRating.timeLeftToRate(ticket)));
    }

    @Override
    public GivenRating rate(int counterNumber, PadScore score) {
        return translated(() -> {
            Rating rating = giveRating.rate(counterNumber, RatingLevel.valueOf(score.name()));
            return new GivenRating(rating.getId(), CalledTickets.of(rating.getTicket()),
                    rating.getLevel().asksForReasons());
        });
    }

    @Override
    public void giveReasons(long ratingId, Set<PadReason> reasons) {
        Set<RatingReason> given = reasons.stream().map(reason -> RatingReason.valueOf(reason.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingReason.class)));
        translated(() -> giveRating.giveReasons(ratingId, given));
    }

    @Override
    public PadTimeouts padTimeouts() {
        // The reasons screen closes before the server would refuse the reasons.
        Duration window = giveRating.window();
        return new PadTimeouts(reasonsTimeout.compareTo(window) < 0 ? reasonsTimeout : window, thanksTimeout,
                formTimeout);
    }

    @Override
    public Optional<FormToAnswer> formToAnswer(int counterNumber) {
        // The visit the counter's links go to now: served there, or finished there a moment ago.
        return linkVisit.visitAt(counterNumber).flatMap(ticket -> {
            List<String> owed = ratingForm.awaitingForm(ticket.getId()).stream().map(Dossier::getCode).toList();
            return owed.isEmpty() ? Optional.empty()
                    : Optional.of(new FormToAnswer(ticket.getId(), ticket.getNumber(), owed));
        });
    }

    @Override
    public void answerForm(FormToAnswer form, FormAnswers answers) {
        Map<Integer, Integer> criteria = new HashMap<>();
        answers.criteria().forEach((criterion, score) -> criteria.put(criterion.number(), score));
        translated(() -> ratingForm.answerVisit(form.visitId(), new CitizenAnswers(
                Answer.valueOf(answers.answerOne().name()), Answer.valueOf(answers.answerTwo().name()),
                answers.reason(), criteria)));
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        live.redrawWhileAttached(view, QueueEvent.class, event -> event.concerns(counterNumber.getAsInt()), refresh);
        // Rated meanwhile on the counter's hardware pad: the web pad stops offering the ticket.
        live.redrawWhileAttached(view, RatingEvent.class, event -> event.concerns(counterNumber.getAsInt()), refresh);
        live.redrawWhileAttached(view, CenterSettings.Changed.class,
                event -> event.setting() == Setting.RATING_SCALE || event.setting() == Setting.RATING_WINDOW_SECONDS, refresh);
    }
}
