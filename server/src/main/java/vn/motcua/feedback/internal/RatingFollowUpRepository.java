package vn.motcua.feedback.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.motcua.feedback.RatingFollowUp;

/** Follow-ups of dissatisfied ratings. */
public interface RatingFollowUpRepository extends JpaRepository<RatingFollowUp, Long> {

    Optional<RatingFollowUp> findByRatingId(long ratingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from RatingFollowUp f where f.id = :id")
    Optional<RatingFollowUp> lockById(@Param("id") long id);

    /** Unresolved ones past due that have not gone up yet. */
    List<RatingFollowUp> findByCenterIdAndResolvedAtIsNullAndEscalatedAtIsNullAndDueAtBeforeOrderByDueAtAsc(
            Integer centerId, Instant now);

    /** Unresolved ones of every unit ({@code all}) or of one, leaving out those of one officer's own ratings. */
    @Query("""
            select f from RatingFollowUp f where f.centerId = :center and f.resolvedAt is null
            and (:all = true or f.unitId = :unit) and f.officerId <> :self order by f.dueAt asc, f.id asc""")
    List<RatingFollowUp> open(@Param("center") Integer centerId, @Param("all") boolean all,
            @Param("unit") long unitId, @Param("self") long selfOfficerId);

    /** Resolved ones, the latest first, as {@link #open} chooses them. */
    @Query("""
            select f from RatingFollowUp f where f.centerId = :center and f.resolvedAt is not null
            and (:all = true or f.unitId = :unit) and f.officerId <> :self order by f.resolvedAt desc, f.id desc""")
    List<RatingFollowUp> resolved(@Param("center") Integer centerId, @Param("all") boolean all,
            @Param("unit") long unitId, @Param("self") long selfOfficerId, Pageable page);

    long countByCenterIdAndResolvedAtIsNull(Integer centerId);

    long countByCenterIdAndResolvedAtIsNullAndEscalatedAtIsNotNull(Integer centerId);
}
