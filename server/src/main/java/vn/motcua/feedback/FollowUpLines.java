package vn.motcua.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.internal.RatingFollowUpRepository;
import vn.motcua.officer.Unit;
import vn.motcua.rating.Rating;
import vn.motcua.rating.TicketRatings;

/** Reads follow-ups with the ratings behind them, in the order their list shows them. */
@Component
class FollowUpLines {

    /** The resolved ones a list shows after the open ones: the latest; older ones are in the audit trail. */
    static final int RESOLVED_SHOWN = 200;
    /** Sent up first, then the earliest due. */
    private static final Comparator<RatingFollowUp> OPEN_ORDER = Comparator
            .comparing((RatingFollowUp followUp) -> followUp.getEscalatedAt().isEmpty())
            .thenComparing(RatingFollowUp::getDueAt).thenComparing(RatingFollowUp::getId);

    private final RatingFollowUpRepository followUps;
    private final TicketRatings ratings;

    FollowUpLines(RatingFollowUpRepository followUps, TicketRatings ratings) {
        this.followUps = followUps;
        this.ratings = ratings;
    }

    List<FollowUpLine> of(Integer center, boolean all, long unit, long self, boolean openOnly, Instant now) {
        List<RatingFollowUp> chosen = new ArrayList<>(followUps.open(center, all, unit, self));
        chosen.sort(OPEN_ORDER);
        if (!openOnly) {
            chosen.addAll(followUps.resolved(center, all, unit, self, PageRequest.of(0, RESOLVED_SHOWN)));
        }
        Map<Long, Rating> byId = ratings.ofIds(chosen.stream().map(RatingFollowUp::getRatingId).toList()).stream()
                .collect(Collectors.toMap(Rating::getId, Function.identity()));
        return chosen.stream().map(followUp -> line(followUp, byId.get(followUp.getRatingId()), now)).toList();
    }

    FollowUpLine of(RatingFollowUp followUp, Instant now) {
        return line(followUp, ratings.ofIds(List.of(followUp.getRatingId())).getFirst(), now);
    }

    private static FollowUpLine line(RatingFollowUp followUp, Rating rating, Instant now) {
        boolean late = !followUp.isResolved() && followUp.getDueAt().isBefore(now);
        return new FollowUpLine(followUp.getId(), rating.getTicket().getNumber(),
                rating.getTicket().getService().getName(), rating.getCounter().getNumber(),
                rating.getOfficer().getFullName(), Optional.ofNullable(rating.getOfficer().getUnit()).map(Unit::getName),
                rating.getLevel(), rating.getReasons(), rating.getRatedAt(), followUp.getOpenedAt(),
                followUp.getDueAt(), followUp.getContactedAt(), followUp.getContactNote(), followUp.getResolution(),
                followUp.getResolvedAt(), followUp.getResolvedBy(), followUp.getEscalatedAt(), late);
    }
}
