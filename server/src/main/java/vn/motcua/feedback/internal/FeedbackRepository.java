package vn.motcua.feedback.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.feedback.Feedback;

/** Feedback and denunciations. */
public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByCode(String code);
}
