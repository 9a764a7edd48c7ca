package vn.motcua.rating;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.rating.internal.RatingRepository;

/** The ratings given to some tickets: a dossier's are those of the visits linked to it, whenever they were given. */
@Service
@Transactional(readOnly = true)
public class TicketRatings {

    private final RatingRepository ratings;

    TicketRatings(RatingRepository ratings) {
        this.ratings = ratings;
    }

    /** The ratings of these tickets (at most one each), oldest first. */
    public List<Rating> ofTickets(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : ratings.findByTicketIdInOrderByRatedAtAscIdAsc(ticketIds);
    }

    /** These ratings, in no particular order; an id that names none is left out. */
    public List<Rating> ofIds(Collection<Long> ratingIds) {
        return ratingIds.isEmpty() ? List.of() : ratings.findByIdIn(ratingIds);
    }
}
