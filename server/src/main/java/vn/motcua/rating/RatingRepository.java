package vn.motcua.rating;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Ratings; one per ticket. */
public interface RatingRepository extends JpaRepository<Rating, Long> {

    boolean existsByTicketId(long ticketId);

    @Query("select r.level, count(r) from Rating r where r.ratedAt >= :from and r.ratedAt < :to group by r.level")
    List<Object[]> countByLevel(Instant from, Instant to);
}
