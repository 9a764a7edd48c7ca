package vn.motcua.feedback.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.feedback.RatingFollowUp;

/** Follow-ups of dissatisfied ratings. */
public interface RatingFollowUpRepository extends JpaRepository<RatingFollowUp, Long> {

    Optional<RatingFollowUp> findByRatingId(long ratingId);
}
