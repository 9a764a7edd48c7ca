package vn.motcua.rating.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.motcua.rating.Rating;

/** Ratings; one per ticket. They can be added and read, never removed (no delete is offered). */
public interface RatingRepository extends Repository<Rating, Long> {

    Rating saveAndFlush(Rating rating);

    void flush();

    Optional<Rating> findById(long id);

    List<Rating> findAll();

    long count();

    boolean existsByTicketId(long ticketId);

    List<Rating> findByTicketIdInOrderByRatedAtAscIdAsc(Collection<Long> ticketIds);

    List<Rating> findByIdIn(Collection<Long> ids);

    /** The rating, locked for this transaction: two submissions of its reasons are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Rating r where r.id = :id")
    Optional<Rating> lockById(long id);

    @Query("select r.level, count(r) from Rating r where r.ratedAt >= :from and r.ratedAt < :to group by r.level")
    List<Object[]> countByLevel(Instant from, Instant to);
}
